// Enums of the gateways' own SDKs whose constants are codes, and which constants they have: a chain or
// switch over one of them is complete when it handles every constant, even where the catalog lists more
// codes than the enum can express (Alipay+ resultStatus A has no ResultStatusType constant).
//
// ResultStatusType { S, F, U } in every Alipay/Antom SDK, read from their sources:
//   Java   alipay/ams-java-sdk 7713d0a src/main/java/com/alipay/ams/domain/ResultStatusType.java (enum S, U, F)
//   Go     alipay/global-open-sdk-go b042a77 com/alipay/api/model/ResultStatusType.go (ResultStatusType_S/_F/_U)
//   Python alipay/global-open-sdk-python bd50721 com/alipay/ams/api/model/result_status_type.py (S, F, U)
//   PHP    alipay/global-open-sdk-php bd58972 model/ResultStatusType.php (const S, F, U)
//   C#     alipay/global-open-sdk-dotnet 48aa809 ams-dotnet/src/com/alipay/ams/api/entities/ResultStatusType.cs (S, F, U)

export interface KnownEnum {
  name: string;
  provider: string;
  family: string;
  members: readonly string[];
}

export const KNOWN_ENUMS: readonly KnownEnum[] = [{ name: 'ResultStatusType', provider: 'alipayplus', family: 'resultStatus', members: ['S', 'F', 'U'] }];

/** `ResultStatusType.U`, `ResultStatusType::U`, `model.ResultStatusType_U` → the enum and `U`. */
export function qualifiedMember(text: string): { known: KnownEnum; member: string } | undefined {
  for (const known of KNOWN_ENUMS) {
    const m = new RegExp(`(?:^|[.:\\\\])${known.name}(?:\\.|::|_)(\\w+)$`).exec(text);
    if (m && known.members.includes(m[1])) return { known, member: m[1] };
  }
  return undefined;
}

/** The known enum whose constants every one of `names` is, bare (`case U:` over a ResultStatusType). */
export function bareMembersOf(names: readonly string[]): KnownEnum | undefined {
  if (new Set(names).size < 2) return undefined;
  return KNOWN_ENUMS.find((known) => names.every((n) => known.members.includes(n)));
}
