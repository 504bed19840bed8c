import { Graphviz } from '@hpcc-js/wasm-graphviz';
import fixtureSchemas from 'virtual:course/fixture-schemas';
import { erDescription, erDot } from '../lib/diagrams/er';
import { paletteDot } from '../lib/diagrams/palette';
import { svgWidth, themeSvg, type SvgLabels } from '../lib/diagrams/svg';

/**
 * Renders the diagrams lessons show, at build time, with Graphviz compiled to WebAssembly: a
 * drawing from content/diagrams/<name>.dot, or the ER diagram of a fixture app, generated from its
 * Django models. Pages get finished inline SVG; readers download no script.
 */

/** The hand-drawn diagrams, by file name without `.dot`. */
const sources = Object.fromEntries(
  Object.entries(import.meta.glob<string>('../../content/diagrams/*.dot', { query: '?raw', import: 'default', eager: true })).map(([path, dot]) => [
    path.slice(path.lastIndexOf('/') + 1, -'.dot'.length),
    dot,
  ]),
);

/** What a diagram component shows. */
export interface RenderedDiagram {
  /** The themed inline SVG. */
  svg: string;
  /** Its drawn width in CSS pixels; on a narrow screen it shrinks to 60% of this at most, then scrolls. */
  width: number;
  /** For a fixture, the tables and relations in words (the text alternative); hand-drawn diagrams bring their own. */
  description?: { tables: string[]; relations: string[] };
}

let graphviz: Promise<Graphviz> | undefined;

async function render(dot: string, origin: string, labels: SvgLabels): Promise<string> {
  graphviz ??= Graphviz.load();
  try {
    return themeSvg((await graphviz).dot(paletteDot(dot)), labels);
  } catch (error) {
    throw new Error(`Graphviz cannot draw ${origin}: ${error instanceof Error ? error.message : String(error)}\nCheck the DOT syntax (https://graphviz.org/doc/info/lang.html).`);
  }
}

/** The diagram drawn in content/diagrams/<name>.dot. */
export async function namedDiagram(name: string, labels: SvgLabels): Promise<RenderedDiagram> {
  const dot = sources[name];
  if (dot === undefined) {
    throw new Error(`<Diagram name="${name}"> names no file: add content/diagrams/${name}.dot, or use one of ${Object.keys(sources).sort().join(', ')}.`);
  }
  const svg = await render(dot, `content/diagrams/${name}.dot`, labels);
  return { svg, width: svgWidth(svg) };
}

/** The ER diagram of a fixture app, from its models. */
export async function fixtureDiagram(fixture: string, labels: SvgLabels): Promise<RenderedDiagram> {
  const schema = fixtureSchemas.find((candidate) => candidate.app === fixture);
  if (!schema) {
    throw new Error(`<Diagram fixture="${fixture}"> names no fixture: use one of ${fixtureSchemas.map((candidate) => candidate.app).join(', ')} (the files in content/fixtures/).`);
  }
  const svg = await render(erDot(schema), `the ${fixture} fixture's models`, labels);
  return { svg, width: svgWidth(svg), description: erDescription(schema) };
}
