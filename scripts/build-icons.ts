// Writes public/icons.svg and components/ui/icon-names.ts from components/ui/icon-set.ts. Run after adding an icon to the set:
//   node --import tsx scripts/build-icons.ts
// (components/ui/icon.test.ts fails while the committed sprite and the set disagree).
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { iconNamesModule, iconSprite } from '../components/ui/icon-sprite';

const root = path.resolve(import.meta.dirname, '..');
for (const [file, text] of [['public/icons.svg', iconSprite()], ['components/ui/icon-names.ts', iconNamesModule()]] as const) {
  await writeFile(path.join(root, file), text);
  console.log(`wrote ${file}`);
}
