/**
 * US state outlines for the report's map, as SVG path data. us-atlas's states-albers-10m is already
 * projected (Albers USA, 975 x 610 units, Alaska and Hawaii inset), so d3-geo's geoPath runs with
 * no projection: the shapes are computed once and memoised (≈ 80 KB of TopoJSON in, ≈ 50 KB of paths out).
 */
import { geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import statesTopology from 'us-atlas/states-albers-10m.json';
import { STATES } from '../geo/states';

/** Width and height of the pre-projected map, in its own units (the SVG viewBox). */
export const US_MAP_SIZE = { width: 975, height: 610 } as const;

export interface StateShape {
  /** 2-letter code ('OH'). */
  code: string;
  /** SVG path data. */
  d: string;
  /** Label position (the shape's centroid) and its area in map units, to skip labels on tiny states. */
  cx: number;
  cy: number;
  area: number;
}

const CODE_BY_NAME: ReadonlyMap<string, string> = new Map(Object.values(STATES).map((s) => [s.en, s.code]));

/**
 * Shapes of every state in a pre-projected us-atlas topology (exported for tests with a small topology).
 * @example stateShapesOf(topology).find((s) => s.code === 'OH')?.d.startsWith('M') // true
 */
export function stateShapesOf(topology: Topology<{ states: GeometryCollection<{ name: string }> }>): StateShape[] {
  const path = geoPath();
  const collection = feature(topology, topology.objects.states);
  const out: StateShape[] = [];
  for (const f of collection.features) {
    const code = CODE_BY_NAME.get(f.properties.name);
    const d = path(f);
    if (!code || !d) continue;
    const [cx, cy] = path.centroid(f);
    // Rounding to 0.1 unit (a tenth of a pixel at print size) halves the size of the SVG.
    out.push({
      code,
      d: d.replace(/\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10)),
      cx,
      cy,
      area: path.area(f),
    });
  }
  return out.sort((a, b) => a.code.localeCompare(b.code));
}

let cached: StateShape[] | undefined;

/** The bundled US states map (us-atlas 3.0.1, Census 2017 cartographic boundaries). */
export function usStateShapes(): readonly StateShape[] {
  cached ??= stateShapesOf(statesTopology as unknown as Topology<{ states: GeometryCollection<{ name: string }> }>);
  return cached;
}
