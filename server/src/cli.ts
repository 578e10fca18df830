// Entry point of dist/cli.js (the `paycodes` bin).
import { main } from './cli/main';

void main(process.argv.slice(2));
