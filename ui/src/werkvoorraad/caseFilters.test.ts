import { describe, expect, it } from 'vitest';
import { CaseFilters, filtersFrom, FIRST_VIEW, listParameters, narrowed, searchFrom } from './caseFilters';
import { caseListPath } from './caseList';

describe('the filters in the address', () => {
  it('show the open cases when the address says nothing', () => {
    expect(filtersFrom(new URLSearchParams(''))).toEqual(FIRST_VIEW);
    expect(searchFrom(FIRST_VIEW).toString()).toBe('');
  });

  it('go there and back unchanged', () => {
    const filters: CaseFilters = {
      status: '', code: 'RED', coordinator: 'sociaal-team-dordrecht', organisation: 'veilig-thuis-zhz', page: 2,
      withinWorkingDays: 10,
    };
    const search = searchFrom(filters);
    expect(search.toString()).toBe(
      'status=ALLE&code=RED&regie=sociaal-team-dordrecht&organisatie=veilig-thuis-zhz&pagina=3&werkdagen=10');
    expect(filtersFrom(search)).toEqual(filters);
  });

  it('count pages from 1 for people and from 0 for the API', () => {
    const filters = filtersFrom(new URLSearchParams('pagina=2'));
    expect(filters.page).toBe(1);
    expect(listParameters(filters).page).toBe(1);
  });

  it('fall back to the first view for what they get wrong', () => {
    const filters = filtersFrom(new URLSearchParams('status=open&code=PURPLE&pagina=-3&werkdagen=7&regie=' + 'x'.repeat(101)));
    expect(filters).toEqual(FIRST_VIEW);
  });

  it('can ask for the cases without a code, and for the board of today', () => {
    const filters = filtersFrom(new URLSearchParams('code=NONE&werkdagen=0'));
    expect(filters.code).toBe('NONE');
    expect(filters.withinWorkingDays).toBe(0);
  });
});

describe('the filters asked of the API', () => {
  it('leave out what is not given', () => {
    expect(caseListPath(listParameters(FIRST_VIEW))).toBe('/api/cases?size=25&status=OPEN&page=0');
    expect(caseListPath(listParameters({ ...FIRST_VIEW, status: '', code: 'ORANGE', organisation: ' sociaal-team ' })))
      .toBe('/api/cases?size=25&code=ORANGE&organisation=sociaal-team&page=0');
  });

  it('tell whether anything narrows the list', () => {
    expect(narrowed(FIRST_VIEW)).toBe(false);
    expect(narrowed({ ...FIRST_VIEW, code: 'RED' })).toBe(true);
  });
});
