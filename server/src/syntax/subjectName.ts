// Turns the discriminant's last name into the field it reads, for naming: `getResultCode` → `resultCode`.

export function fieldName(raw: string): string | undefined {
  // Sigils and quotes around the name: `$code`, `@code`, `:result_code`, `"resultCode"`.
  const name = raw.replace(/^[^\p{L}\p{N}_]+|[^\p{L}\p{N}_]+$/gu, '');
  if (name === '') return undefined;
  const javaGetter = /^get(\p{Lu})/u.exec(name);
  if (javaGetter) return javaGetter[1].toLowerCase() + name.slice(4);
  return name.replace(/^Get(?=\p{Lu})|^get_(?=.)/u, '');
}
