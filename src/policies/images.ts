// Image references: parsing (Docker distribution reference rules) and the Postgres major an image carries.
import type { ParsedImage } from './model.js';
import { containsPlaceholder } from './placeholders.js';

const DEFAULT_REGISTRY = 'docker.io';
const DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[0-9a-fA-F]{32,}$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;

/**
 * Parses `registry/repository:tag@digest` the way container runtimes do: the first path component is a registry only when
 * it contains `.` or `:` or is `localhost`; otherwise the registry is Docker Hub, where one-component names live under
 * `library/`. `index.docker.io` is Docker Hub too. Returns undefined for anything that is not a valid reference
 * (empty, spaces, upper-case repository, placeholders).
 */
export function parseImageReference(reference: string): ParsedImage | undefined {
  // The same references recur across a repo's clusters and in several readers of one cluster: parsed once each. The
  // results are frozen (shared by every model that reads them); the cache is bounded in entries and in the length of
  // what it keeps (input is hostile, and the webhook process lives long).
  if (reference.length > MAX_CACHED_LENGTH) return parseUncached(reference);
  const cached = parsedReferences.get(reference);
  if (cached !== undefined) return cached ?? undefined;
  const parsed = parseUncached(reference);
  if (parsedReferences.size >= MAX_CACHED_REFERENCES) parsedReferences.clear();
  parsedReferences.set(reference, parsed ? Object.freeze(parsed) : null);
  return parsed;
}

const MAX_CACHED_REFERENCES = 4096;
const MAX_CACHED_LENGTH = 512;
const parsedReferences = new Map<string, ParsedImage | null>();

function parseUncached(reference: string): ParsedImage | undefined {
  const text = reference.trim();
  if (text === '' || /\s/.test(text) || containsPlaceholder(text)) return undefined;
  let rest = text;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) return undefined;
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) return undefined;
  }
  if (rest === '') return undefined;
  const parts = rest.split('/');
  let registry = DEFAULT_REGISTRY;
  const first = parts[0] ?? '';
  if (parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost')) {
    registry = first;
    parts.shift();
  }
  if (registry === 'index.docker.io' || registry === 'registry-1.docker.io') registry = DEFAULT_REGISTRY;
  if (parts.length === 0 || !parts.every((part) => PATH_COMPONENT.test(part))) return undefined;
  if (registry === DEFAULT_REGISTRY && parts.length === 1) parts.unshift('library');
  const parsed: ParsedImage = { registry, repository: parts.join('/') };
  if (tag !== undefined) parsed.tag = tag;
  if (digest !== undefined) parsed.digest = digest;
  return parsed;
}

/** Families of images that run a Postgres server; each encodes the major differently (see ../shared/domain/statefulset.md §4). */
export type PostgresImageFamily =
  | 'official'
  | 'postgis'
  | 'timescale'
  | 'bitnami'
  | 'bitnami-repmgr'
  | 'spilo'
  | 'crunchy'
  | 'cnpg'
  | 'patroni'
  | 'stolon'
  | 'pgvector'
  | 'other';

// Images whose name mentions Postgres but that run no server (exporters, operators, poolers, backup tools, admin UIs).
const NOT_A_SERVER = /exporter|operator|pgbouncer|bouncer|pooler|pgbackrest|backrest|backup|pgadmin|admin|upgrade|-ui$|client|pgo|scheduler|collector/;

/**
 * Spilo image names, with the Postgres major where the name carries one (group 1), as Zalando publishes them:
 * `spilo-<major>` (the operator default, `ghcr.io/zalando/spilo-18`, zalando/postgres-operator v2.0.1
 * pkg/util/config/config.go L184; `spilo-9.4` in zalando/spilo docs/configuration.md), the CDP builds `spilo-cdp-<major>`
 * and `spilo-cdp-pr<n>-<major>` (zalando/spilo delivery.yaml L27, L56, L87; `spilo-cdp-10:1.4-p8` was the operator's
 * default at v1.0.0), the test images `spilotest-<major>` (zalando/spilo postgres-appliance/spilok8s.yaml L21), the
 * operator's e2e images `spilo-<major>-e2e` (v1.6.0–v1.14.0 e2e/run.sh) and `spilo-e2e` (v2.0.1 e2e/tests/test_e2e.py
 * L15-16), and a bare `spilo`. A name without a major carries none (the e2e tags are build numbers).
 */
const SPILO_NAME = /^spilo(?:test)?(?:-cdp(?:-pr\d+)?)?(?:-(\d+(?:\.\d+)?))?(?:-e2e)?$/;

/** The Postgres family of an image, or undefined when the image runs no Postgres server. */
export function postgresImageFamily(image: ParsedImage): PostgresImageFamily | undefined {
  const slash = image.repository.lastIndexOf('/');
  const name = image.repository.slice(slash + 1);
  const owner = slash < 0 ? undefined : image.repository.slice(image.repository.lastIndexOf('/', slash - 1) + 1, slash);
  if (NOT_A_SERVER.test(name)) return undefined;
  if (SPILO_NAME.test(name)) return 'spilo';
  if (/^crunchy-postgres(-gis)?(-ha)?$/.test(name)) return 'crunchy';
  if (name === 'postgresql-repmgr') return 'bitnami-repmgr';
  if (owner === 'bitnami' && name === 'postgresql') return 'bitnami';
  if (owner === 'cloudnative-pg' && (name === 'postgresql' || name === 'postgis')) return 'cnpg';
  if (name === 'postgis') return 'postgis';
  if (/^timescaledb(-ha|-postgis)?$/.test(name)) return 'timescale';
  if (name === 'pgvector' || name === 'pgvecto-rs') return 'pgvector';
  if (/^patroni/.test(name)) return 'patroni';
  if (name === 'stolon') return 'stolon';
  if (name === 'postgres' && (owner === 'library' || owner === undefined)) return 'official';
  if (/^postgres(ql)?([-_]\d+)?([-_][a-z0-9]+)*$/.test(name)) return 'other';
  return undefined;
}

function majorOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const match = /^(\d+)(?:\.(\d+))?/.exec(text);
  if (!match) return undefined;
  const major = Number(match[1]);
  // Before 10 the major was two numbers (9.6); since 10 it is one.
  if (major < 10 && match[2] !== undefined) return Number(`${major}.${match[2]}`);
  return major >= 6 && major <= 40 ? major : undefined;
}

/**
 * The Postgres major an image carries, where the image encodes one: tags `16.4`, `16`, `17-alpine`, `18.4-system-trixie`,
 * PostGIS `17-3.5`, Bitnami `16.4.0-debian-12-r0`, Crunchy `ubi8-13.10-4.7.10` (second segment), Timescale / pgvector
 * `…-pg16` or `pg16…`, Spilo and some vendors in the repository name (`spilo-16`, `spilo-cdp-12`, `spilotest-9.6`,
 * `postgresql-16`). Undefined otherwise.
 */
export function postgresMajorOf(image: ParsedImage): number | undefined {
  return postgresMajorIn(image, postgresImageFamily(image));
}

/** A Postgres server image's reference parsed, with its family and the major it carries (as postgresMajorOf). */
export interface PostgresImageFacts {
  parsed: ParsedImage;
  family: PostgresImageFamily | undefined;
  major: number | undefined;
}

/**
 * parseImageReference, postgresImageFamily and postgresMajorOf of one reference, cached like parseImageReference (the
 * webhook reads the same few images in every review; the family and major are a handful of regular expressions).
 */
export function postgresImageFacts(reference: string): Readonly<PostgresImageFacts> | undefined {
  if (reference.length > MAX_CACHED_LENGTH) return factsUncached(reference);
  const cached = factsByReference.get(reference);
  if (cached !== undefined) return cached ?? undefined;
  const facts = factsUncached(reference);
  if (factsByReference.size >= MAX_CACHED_REFERENCES) factsByReference.clear();
  factsByReference.set(reference, facts ? Object.freeze(facts) : null);
  return facts;
}

const factsByReference = new Map<string, Readonly<PostgresImageFacts> | null>();

function factsUncached(reference: string): PostgresImageFacts | undefined {
  const parsed = parseImageReference(reference);
  if (!parsed) return undefined;
  const family = postgresImageFamily(parsed);
  return { parsed, family, major: postgresMajorIn(parsed, family) };
}

/** postgresMajorOf for an image whose family the caller already has. */
export function postgresMajorIn(image: ParsedImage, family: PostgresImageFamily | undefined): number | undefined {
  if (family === undefined) return undefined;
  const name = image.repository.slice(image.repository.lastIndexOf('/') + 1);
  const tag = image.tag;
  if (family === 'spilo') return majorOf(SPILO_NAME.exec(name)?.[1]);
  if (family === 'crunchy') {
    // `<os>-<pg>[-<postgis>]-<build>`: the first segment that starts with a digit after the OS.
    const match = tag === undefined ? null : /^[a-z]+\d*-(\d+(?:\.\d+)*)(?:-|$)/.exec(tag);
    return match ? majorOf(match[1]) : undefined;
  }
  const pg = tag === undefined ? null : /(?:^|[-_])pg(\d+(?:\.\d+)?)/.exec(tag);
  if (pg) return majorOf(pg[1]);
  if (family === 'timescale' || family === 'pgvector' || family === 'stolon' || family === 'patroni') return undefined;
  const inName = /^postgres(?:ql)?[-_](\d+)(?:$|[-_])/.exec(name);
  if (inName) return majorOf(inName[1]);
  if (family === 'other' && name !== 'postgres' && name !== 'postgresql') return undefined;
  return majorOf(tag);
}
