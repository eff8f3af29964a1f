/**
 * For people at a terminal: the article with each entity coloured by type,
 * then who holds what. Colour follows chalk's own detection (off when stdout
 * is not a TTY or NO_COLOR is set).
 */
import chalk, { type ChalkInstance } from 'chalk';
import type { EntityType } from '../doc.js';
import type { ExtractResult } from '../result.js';
import { displayWidth } from './width.js';

const COLOURS: Record<EntityType, ChalkInstance> = {
  person: chalk.bold.red,
  position: chalk.yellow,
  place: chalk.green,
  company: chalk.magenta,
  organization: chalk.cyan,
};

export function formatPretty(result: ExtractResult, input: string): string {
  const codePoints = Array.from(input);
  let out = chalk.bold(`== ${result.source}${result.id !== undefined ? ` #${result.id}` : ''} (${result.script}, ${result.chars} chars)`) + '\n';
  out += 'legend: ' + (Object.keys(COLOURS) as EntityType[]).map((type) => COLOURS[type](type)).join(' ') + '\n\n';
  let cursor = 0;
  for (const entity of result.entities) {
    out += codePoints.slice(cursor, entity.start).join('');
    out += COLOURS[entity.type](codePoints.slice(entity.start, entity.end).join(''));
    cursor = entity.end;
  }
  out += codePoints.slice(cursor).join('').replace(/\s*$/, '') + '\n\n';

  if (result.people.length > 0) {
    out += chalk.bold('people') + '\n';
    const width = Math.max(...result.people.map((p) => displayWidth(p.name))) + 2;
    for (const person of result.people) {
      const positions = person.positions.map((p) => (p.organization ? `${p.title} (${p.organization})` : p.title)).join('; ');
      const aliases = person.aliases ? `${positions ? '; ' : ''}also ${person.aliases.join(', ')}` : '';
      out += `  ${COLOURS.person(person.name)}${' '.repeat(Math.max(1, width - displayWidth(person.name)))}×${person.mentions}  ${positions}${aliases}\n`;
    }
  }
  const lists: [string, EntityType, { text: string; mentions: number }[]][] = [
    ['places', 'place', result.places],
    ['companies', 'company', result.companies],
    ['organizations', 'organization', result.organizations],
  ];
  for (const [title, type, items] of lists) {
    if (items.length === 0) continue;
    out += chalk.bold(title) + ': ' + items.map((item) => `${COLOURS[type](item.text)}×${item.mentions}`).join('  ') + '\n';
  }
  for (const warning of result.warnings) {
    out += chalk.dim(`warning [${warning.start}, ${warning.end}): ${warning.message}`) + '\n';
  }
  return out + '\n';
}

