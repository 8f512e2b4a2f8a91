// jest globalTeardown: removes the run's scratch folder (run-dir.ts).
import { removeRunDir } from './run-dir';

export default function globalTeardown(): void {
  removeRunDir();
}
