// The Zalando Secret name: `secret_name_template` filled as the operator's StringTemplate.Format does, each placeholder
// replaced in turn (zalando/postgres-operator v2.0.1 pkg/util/config/util.go L238-246). The adapter fills a template
// split once; whatever the template and the names, that must give the name the replacements in turn give.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fillSecretNameTemplate } from '../../src/policies/adapters/zalando.js';

const inTurn = (template: string, user: string, cluster: string) =>
  template.replaceAll('{username}', user).replaceAll('{cluster}', cluster).replaceAll('{tprkind}', 'postgresql').replaceAll('{tprgroup}', 'acid.zalan.do');

const piece = fc.constantFrom('{username}', '{cluster}', '{tprkind}', '{tprgroup}', '{', '}', 'tpr', 'kind', 'user', 'name', 'group', 'cluster', '.', '-', 'x');
const text = (max: number) => fc.array(piece, { maxLength: max }).map((parts) => parts.join(''));

describe('Zalando secret_name_template', () => {
  it('the default template', () => {
    expect(fillSecretNameTemplate('{username}.{cluster}.credentials.{tprkind}.{tprgroup}', 'app-user', 'acid-main')).toBe(
      'app-user.acid-main.credentials.postgresql.acid.zalan.do',
    );
  });

  it('a replacement that forms another placeholder is filled in turn, as the operator does', () => {
    // `{tpr{cluster}kind}` with an empty cluster name becomes `{tprkind}` after the second replacement.
    expect(fillSecretNameTemplate('{tpr{cluster}kind}.x', 'u', '')).toBe('postgresql.x');
    expect(fillSecretNameTemplate('{username}', '{cluster}', 'main')).toBe('main');
  });

  it('any template and names: the same name as the replacements in turn', () => {
    fc.assert(
      fc.property(text(8), text(3), text(3), (template, user, cluster) => {
        expect(fillSecretNameTemplate(template, user, cluster)).toBe(inTurn(template, user, cluster));
      }),
      { numRuns: 2000 },
    );
  });
});
