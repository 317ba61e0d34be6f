import { ruleCases } from '../../helpers/rule-cases';
import { take, TEST_CONFIG } from '../../helpers/take-builder';

const config = TEST_CONFIG;
const clean = take();

ruleCases('image-credit', {
  valid: [
    { name: 'the default take', text: clean, config },
    { name: 'agency and photographer', text: take({ image: 'Image: Reuters/Ana Ruiz' }) },
    { name: 'a credit ending in an abbreviation', text: take({ image: 'Image: U.S. Navy photo by Lan Vo, Navy Media Co.' }) },
    { name: 'no image credit is left to required-parts', text: take({ image: null }), config },
    {
      name: 'a configured credit that ends in a period',
      text: take({ image: 'Image: Creative Commons, CC BY 2.0.' }),
      config: { ...config, imageCredit: 'Creative Commons, CC BY 2.0.' },
    },
    { name: 'CRLF and no final newline', text: take({}, '\r\n').trimEnd(), config },
  ],
  invalid: [
    {
      name: 'lower case and a hyphen',
      text: take({ image: '⟦image -⟧ Reuters' }),
      config,
      messages: ['Write the label as "Image:", not "image -"'],
      output: clean,
    },
    {
      name: 'capitals and no space',
      text: take({ image: '⟦IMAGE:⟧Reuters' }),
      config,
      output: clean,
    },
    {
      name: 'a Photo label',
      text: take({ image: '⟦Photo:⟧ Reuters' }),
      config,
      output: clean,
    },
    {
      name: 'two spaces after the label',
      text: take({ image: 'Image:⟦  ⟧Reuters' }),
      config,
      messages: ['Put one space after "Image:"'],
      output: clean,
    },
    {
      name: 'a period after the credit',
      text: take({ image: 'Image: Reuters⟦.⟧' }),
      config,
      messages: ['Drop the period after the image credit'],
      output: clean,
    },
    {
      name: 'nothing after the label',
      text: take({ image: '⟦Image:⟧' }),
      config,
      messages: ['Name the agency or photographer after "Image:"'],
      output: null,
    },
    {
      name: 'another agency than the configured one',
      text: take({ image: 'Image: ⟦Flickr⟧' }),
      config,
      messages: ['Credit the image to "Reuters", as this symposium does, not "Flickr"'],
      suggested: [clean],
      output: null,
    },
    {
      name: 'a sloppy label, another agency and a period: all three',
      text: take({ image: '⟦Picture credit -⟧ ⟦AP⟧⟦.⟧' }),
      config,
      messages: ['not "Picture credit -"', 'not "AP"', 'Drop the period'],
      output: take({ image: 'Image: AP' }),
    },
  ],
});
