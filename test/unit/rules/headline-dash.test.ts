import { ruleCases } from '../../helpers/rule-cases';
import { take, TEST_CONFIG } from '../../helpers/take-builder';

const REST = 'We Asked Mai Linh Tran What Comes Next for the River';

ruleCases('headline-dash', {
  valid: [
    { name: 'the default take', text: take() },
    { name: 'the default take with its symposium', text: take(), config: TEST_CONFIG },
    {
      name: 'hyphens inside words are not the series dash',
      text: take({ headline: 'The Hanoi Summit – We Asked Lee Jae-won What Happens Next in U.S.-North Korea Relations' }),
    },
    { name: 'a headline without a series and no series configured', text: take({ headline: 'Why the River Matters to Everyone Downstream' }) },
    {
      name: 'doubled spaces around the dash are headline-punctuation’s business',
      text: take({ headline: `The Mekong Accord  –  ${REST}` }),
      config: TEST_CONFIG,
    },
    { name: 'a series with a hyphen of its own', text: take({ headline: `The Post-Summit Talks – ${REST}` }), config: { series: 'The Post-Summit Talks' } },
    {
      name: 'an en dash in a range after the series',
      text: take({ headline: 'The Mekong Accord – We Asked Mai Linh Tran About the 2025–2030 Plan' }),
      config: TEST_CONFIG,
    },
  ],
  invalid: [
    {
      name: 'a hyphen',
      text: take({ headline: `The Mekong Accord ⟦-⟧ ${REST}` }),
      messages: ['Use a spaced en dash ( – ) after the series name, not "-"'],
      output: take(),
    },
    {
      name: 'an em dash without spaces',
      text: take({ headline: `The Mekong Accord⟦—⟧${REST}` }),
      config: TEST_CONFIG,
      output: take(),
    },
    {
      name: 'a colon',
      text: take({ headline: `The Mekong Accord⟦:⟧ ${REST}` }),
      config: TEST_CONFIG,
      messages: ['not ":"'],
      output: take(),
    },
    {
      name: 'a double hyphen, no configuration',
      text: take({ headline: `The Mekong Accord ⟦--⟧ ${REST}` }),
      output: take(),
    },
    {
      name: 'an en dash without spaces',
      text: take({ headline: `The Mekong Accord⟦–⟧${REST}` }),
      messages: ['not an en dash without spaces'],
      output: take(),
    },
    {
      name: 'no separator after the configured series',
      text: take({ headline: `The Mekong Accord⟦ ⟧${REST}` }),
      config: TEST_CONFIG,
      messages: ['Put a spaced en dash ( – ) after the series name "The Mekong Accord"'],
      output: take(),
    },
    {
      name: 'an em dash with spaces, another series, CRLF',
      text: take({ headline: 'Water Wars ⟦—⟧ We Asked Ana Ruiz Whether the Delta Survives' }, '\r\n'),
      output: take({ headline: 'Water Wars – We Asked Ana Ruiz Whether the Delta Survives' }, '\r\n'),
    },
  ],
});
