import { geoBounds, geoConicConformal, geoPath } from 'd3-geo';
import type { Feature, MultiPolygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries from 'world-atlas/countries-50m.json';

export const MAP_WIDTH = 560;
export const MAP_HEIGHT = 560;
const MAP_PADDING = 16;

/** Mainland France and Corsica; overseas polygons of the France feature fall outside. */
const METROPOLITAN_BOX = { west: -5.5, east: 10, south: 41, north: 51.5 } as const;

const FRANCE_ISO_NUMERIC = '250';

export interface MapPoint {
  x: number;
  y: number;
}

export interface FranceMap {
  width: number;
  height: number;
  /** SVG path data of metropolitan France. */
  outline: string;
  project(longitude: number, latitude: number): MapPoint | null;
}

function isInMetropolitanBox(polygon: MultiPolygon['coordinates'][number]): boolean {
  const [[west, south], [east, north]] = geoBounds({ type: 'Polygon', coordinates: polygon });
  return (
    west >= METROPOLITAN_BOX.west &&
    east <= METROPOLITAN_BOX.east &&
    south >= METROPOLITAN_BOX.south &&
    north <= METROPOLITAN_BOX.north
  );
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

function buildFranceMap(): FranceMap {
  const topology = countries as unknown as Topology<{ countries: GeometryCollection }>;
  const world = feature(topology, topology.objects.countries);
  const france = world.features.find((country) => String(country.id) === FRANCE_ISO_NUMERIC);
  if (!france || france.geometry.type !== 'MultiPolygon') {
    throw new Error('world-atlas : contour de la France introuvable');
  }
  const metropolitan: Feature<MultiPolygon> = {
    type: 'Feature',
    properties: {},
    geometry: { type: 'MultiPolygon', coordinates: france.geometry.coordinates.filter(isInMetropolitanBox) },
  };
  // Lambert-93's parameters (secant parallels 44°N and 49°N, central meridian 3°E): the shape French readers know.
  const projection = geoConicConformal()
    .parallels([44, 49])
    .rotate([-3, 0])
    .fitExtent(
      [
        [MAP_PADDING, MAP_PADDING],
        [MAP_WIDTH - MAP_PADDING, MAP_HEIGHT - MAP_PADDING],
      ],
      metropolitan,
    );
  const outline = geoPath(projection).digits(1)(metropolitan) ?? '';
  return {
    width: MAP_WIDTH,
    height: MAP_HEIGHT,
    outline,
    project(longitude, latitude) {
      const point = projection([longitude, latitude]);
      return point ? { x: round1(point[0]), y: round1(point[1]) } : null;
    },
  };
}

/** Built once per server process: parsing the atlas and fitting the projection is the expensive part. */
export const franceMap: FranceMap = buildFranceMap();
