'use client';

// With JavaScript, the breed list holds only the chosen animal's breeds (the server-rendered list has
// every animal's breeds under its name, so the form works without it). A breed another animal has
// too (দেশি) stays chosen when the animal changes; one it lacks is cleared.
import { useEffect, useRef } from 'react';

const allGroups = new WeakMap<HTMLSelectElement, HTMLOptGroupElement[]>();

export function NarrowBreeds() {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const form = ref.current?.closest('form');
    const animal = form?.elements.namedItem('animal');
    const breed = form?.elements.namedItem('breed');
    if (!(animal instanceof HTMLSelectElement) || !(breed instanceof HTMLSelectElement)) return;
    // Every animal's group as the server rendered it (kept per list, should this run again); only the
    // chosen animal's stay in the list. React leaves these static options alone after hydration.
    const groups = allGroups.get(breed) ?? [...breed.querySelectorAll('optgroup')];
    allGroups.set(breed, groups);
    const first = breed.options[0] && !breed.options[0].parentElement?.matches('optgroup') ? breed.options[0] : null;
    const apply = () => {
      const chosen = breed.value;
      breed.replaceChildren(...(first ? [first] : []), ...groups.filter((group) => !animal.value || group.dataset.animal === animal.value));
      breed.value = [...breed.options].some((o) => o.value === chosen) ? chosen : '';
    };
    apply();
    animal.addEventListener('change', apply);
    return () => animal.removeEventListener('change', apply);
  }, []);
  return <span ref={ref} hidden />;
}
