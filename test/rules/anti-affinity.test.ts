import { describe, it } from 'vitest';
import { RuleTester } from '../../src/policies/rule-tester.js';
import { edited, fixture, ignoring } from './helpers.js';

const rule = 'anti-affinity';
const tester = new RuleTester({ describe, it });

tester.run(rule, {
  valid: [
    { name: 'ignore annotation with a reason', manifests: ignoring(fixture(rule, 'statefulset-none'), rule) },
    { name: 'CNPG without affinity: preferred anti-affinity by default', manifests: fixture(rule, 'cnpg-default') },
    {
      name: 'CNPG required by zone satisfies requireHard + topologyKey',
      manifests: fixture(rule, 'cnpg-required-zone'),
      options: { requireHard: true, topologyKey: 'topology.kubernetes.io/zone' },
    },
    {
      name: 'PGO v5 default spread constraints (hostname + zone, ScheduleAnyway)',
      manifests: fixture(rule, 'pgo-v5-default'),
      options: { topologyKey: 'topology.kubernetes.io/zone' },
    },
    { name: 'PGO v4 replicas "1" with the preferred default', manifests: fixture(rule, 'pgo-v4-default') },
    { name: 'Zalando with an OperatorConfiguration enabling anti-affinity', manifests: fixture(rule, 'zalando-with-config') },
    { name: 'a single instance has nothing to spread', manifests: fixture(rule, 'cnpg-single') },
    {
      name: "CNPG term selecting the app.kubernetes.io labels on every instance pod (pods.go v1.30.0) spreads them",
      manifests: fixture(rule, 'cnpg-app-labels'),
      options: { requireHard: true },
    },
    { name: 'placeholder replica count is never a finding', manifests: fixture(rule, 'statefulset-placeholder') },
  ],
  invalid: [
    {
      name: 'CNPG enablePodAntiAffinity: false',
      manifests: fixture(rule, 'cnpg-disabled'),
      findings: [
        {
          messageId: 'switchedOff',
          severity: 'error',
          path: '/spec/affinity/enablePodAntiAffinity',
          output: edited(fixture(rule, 'cnpg-disabled'), (o) => {
            o.spec.affinity = { enablePodAntiAffinity: true, podAntiAffinityType: 'preferred' };
          }),
        },
      ],
    },
    {
      name: 'CNPG term whose app.kubernetes.io/instance names another cluster selects nothing',
      manifests: fixture(rule, 'cnpg-other-instance'),
      findings: [
        {
          messageId: 'selectsNothing',
          severity: 'error',
          path: '/spec/affinity/additionalPodAntiAffinity/requiredDuringSchedulingIgnoredDuringExecution/0',
        },
        {
          messageId: 'switchedOff',
          severity: 'error',
          path: '/spec/affinity/enablePodAntiAffinity',
          // The switch is turned on; the user's own (mis-selecting) term is kept for them to correct.
          output: edited(fixture(rule, 'cnpg-other-instance'), (o) => {
            o.spec.affinity.enablePodAntiAffinity = true;
            o.spec.affinity.podAntiAffinityType = 'preferred';
          }),
        },
      ],
    },
    {
      name: 'CNPG default is soft: requireHard reports it',
      manifests: fixture(rule, 'cnpg-default'),
      options: { requireHard: true },
      findings: [{ messageId: 'soft', severity: 'error', message: 'podAntiAffinityType: required' }],
    },
    {
      name: 'PGO v5 default spreading is soft',
      manifests: fixture(rule, 'pgo-v5-default'),
      options: { requireHard: true },
      findings: [{ messageId: 'soft', severity: 'error', message: 'DoNotSchedule' }],
    },
    {
      name: 'PGO v5 disableDefaultPodScheduling with nothing else: fixed by soft anti-affinity',
      manifests: fixture(rule, 'pgo-v5-disabled'),
      findings: [
        {
          messageId: 'switchedOff',
          severity: 'error',
          path: '/spec/disableDefaultPodScheduling',
          data: { count: 2 },
          output: edited(fixture(rule, 'pgo-v5-disabled'), (o) => {
            o.spec.instances[0].affinity = {
              podAntiAffinity: {
                preferredDuringSchedulingIgnoredDuringExecution: [
                  {
                    weight: 1,
                    podAffinityTerm: {
                      topologyKey: 'kubernetes.io/hostname',
                      labelSelector: { matchLabels: { 'postgres-operator.crunchydata.com/cluster': 'hippo', 'postgres-operator.crunchydata.com/instance-set': 'pgha' } },
                    },
                  },
                ],
              },
            };
          }),
        },
      ],
    },
    {
      name: 'PGO v5 one switch over two instance sets is one finding',
      manifests: fixture(rule, 'pgo-v5-disabled-two-sets'),
      // Per-set terms would not spread pods of different sets: no patch, the message says what to change.
      findings: [{ messageId: 'switchedOff', severity: 'error', path: '/spec/disableDefaultPodScheduling', data: { count: 2, set: '' }, output: null }],
    },
    {
      name: 'PGO v5 term selecting none of the cluster pods',
      manifests: fixture(rule, 'pgo-v5-wrong-selector'),
      findings: [
        {
          messageId: 'selectsNothing',
          severity: 'error',
          path: '/spec/instances/0/affinity/podAntiAffinity/requiredDuringSchedulingIgnoredDuringExecution/0',
        },
      ],
    },
    {
      name: 'Zalando without OperatorConfiguration: the operator default (off) holds',
      manifests: fixture(rule, 'zalando-no-config'),
      findings: [{ messageId: 'none', severity: 'error', message: 'the operator default holds: `enable_pod_antiaffinity: false`', output: null }],
    },
    {
      name: 'Zalando operator config without a zone key',
      manifests: fixture(rule, 'zalando-with-config'),
      options: { topologyKey: 'topology.kubernetes.io/zone' },
      findings: [
        {
          messageId: 'missingKey',
          severity: 'error',
          data: { key: 'topology.kubernetes.io/zone' },
          message: 'operator configuration given (`/configuration/kubernetes/enable_pod_antiaffinity` = true) decides',
        },
      ],
    },
    {
      name: 'PGO v4 podAntiAffinity.default: disabled',
      manifests: fixture(rule, 'pgo-v4-disabled'),
      findings: [
        {
          messageId: 'switchedOff',
          severity: 'error',
          message: '`spec.podAntiAffinity.default: preferred`',
          output: edited(fixture(rule, 'pgo-v4-disabled'), (o) => {
            o.spec.podAntiAffinity.default = 'preferred';
          }),
        },
      ],
    },
    {
      name: 'StatefulSet with 3 replicas and no affinity: fixed with preferred anti-affinity',
      manifests: fixture(rule, 'statefulset-none'),
      findings: [
        {
          messageId: 'none',
          severity: 'error',
          path: '/spec',
          data: { count: 3 },
          output: edited(fixture(rule, 'statefulset-none'), (o) => {
            o.spec.template.spec.affinity = {
              podAntiAffinity: {
                preferredDuringSchedulingIgnoredDuringExecution: [
                  { weight: 100, podAffinityTerm: { topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: { app: 'postgres' } } } },
                ],
              },
            };
          }),
        },
      ],
    },
  ],
});

