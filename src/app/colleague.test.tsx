import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Answers } from '../decision';
import { QUESTION_BY_ID, formatShare } from '../decision';
import { useAnswersStore } from '../features/shared/answers/answers-store';
import { versusPath } from '../features/colleague/versus-link';
import { VERSUS_PATH, colleaguePath, resultPath } from '../features/shared/paths';
import { renderApp } from './test-utils';

type User = ReturnType<typeof renderApp>['user'];

const TITLE = 'Compare with a colleague’s link';
const MINE: Answers = { task: 'vision', prebuilt: 'yes', control: 'little' };
const THEIRS: Answers = { task: 'vision', prebuilt: 'no', control: 'full', language: 'python' };

async function paste(user: User, text: string) {
  const box = await screen.findByRole('textbox', { name: /colleague’s link|another link/ });
  await user.clear(box);
  // Typed as one paste: user.type would read "{" and "[" as key names.
  await user.click(box);
  await user.paste(text);
  await user.click(screen.getByRole('button', { name: 'Compare' }));
}

const side = (name: 'Your top pick' | 'Your colleague’s top pick') => screen.getByRole('article', { name });
const differences = () => screen.getByRole('region', { name: 'Where your answers differ' });
const item = (question: keyof typeof QUESTION_BY_ID) =>
  within(differences()).getByRole('heading', { level: 3, name: new RegExp(`^${QUESTION_BY_ID[question].title}`) }).closest('li')!;

vi.setConfig({ testTimeout: 20_000 });

describe('comparing with a colleague’s link', () => {
  it('shows both top picks and the answers that differ, in plain words, flagging those that change the top pick', async () => {
    const { user, location } = renderApp({ url: colleaguePath(MINE) });
    await screen.findByRole('heading', { level: 1, name: TITLE });

    await paste(user, `https://advisor.example/ml/#${resultPath(THEIRS)}`);

    const tops = await screen.findByRole('heading', { level: 2, name: 'Your top picks differ' });
    await waitFor(() => expect(tops).toHaveFocus());
    expect(location()).toBe(versusPath(MINE, THEIRS));
    expect(location()).toBe(
      '/versus?v=1&task=vision&prebuilt=yes&control=little&with=v%3D1%26task%3Dvision%26prebuilt%3Dno%26control%3Dfull%26language%3Dpython',
    );

    expect(within(side('Your top pick')).getByText('Foundry Tools')).toBeInTheDocument();
    expect(within(side('Your top pick')).getByRole('link', { name: 'Open your result' })).toHaveAttribute('href', resultPath(MINE));
    expect(within(side('Your colleague’s top pick')).queryByText('Foundry Tools')).not.toBeInTheDocument();
    expect(within(side('Your colleague’s top pick')).getByRole('link', { name: 'Open their result' })).toHaveAttribute('href', resultPath(THEIRS));

    const prebuilt = item('prebuilt');
    expect(within(prebuilt).getByText('Yes, a prebuilt model would do')).toBeInTheDocument();
    expect(within(prebuilt).getByText('No, we need a model of our own')).toBeInTheDocument();
    expect(within(prebuilt).getByText('Changes your top pick')).toBeInTheDocument();

    // With a prebuilt model that suits, full control alone does not move Foundry Tools from first place.
    const control = item('control');
    expect(within(control).getByText('Little — results matter more than the method')).toBeInTheDocument();
    expect(within(control).getByText('Full control')).toBeInTheDocument();
    expect(within(control).queryByText('Changes your top pick')).not.toBeInTheDocument();

    const language = item('language');
    expect(within(language).getByText('Not answered')).toBeInTheDocument();
    expect(within(language).getByText('Python')).toBeInTheDocument();

    expect(within(differences()).getAllByRole('listitem')).toHaveLength(3);
    expect(
      screen.getByText(
        '3 answers differ. One of them, flagged below, changes your top pick on its own: with your colleague’s answer there and yours everywhere else, your top pick would be different.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /was ignored/ })).not.toBeInTheDocument();
  });

  it('opens a shared comparison as it was, and each side’s result from it', async () => {
    const { user, location } = renderApp({ url: versusPath(MINE, THEIRS) });
    await screen.findByRole('heading', { level: 2, name: 'Your top picks differ' });
    await user.click(within(side('Your colleague’s top pick')).getByRole('link', { name: 'Open their result' }));
    await screen.findByRole('heading', { level: 1, name: 'Your recommendation' });
    expect(location()).toBe(resultPath(THEIRS));
  });

  it('says there are no differences when both answered alike', async () => {
    const { user } = renderApp({ url: colleaguePath(MINE) });
    // The same answers, written another way: order, case and spaces do not make a difference.
    await paste(user, '#/result?control=LITTLE&task=vision&prebuilt= yes &v=1');
    await screen.findByRole('heading', { level: 2, name: 'You both have the same top pick' });
    expect(within(differences()).getByText(/^No differences/)).toBeInTheDocument();
    expect(within(differences()).queryByRole('listitem')).not.toBeInTheDocument();
  });

  it('reads a hostile link like any other: what was ignored is named, as text, and the rest is compared', async () => {
    const { user, location } = renderApp({ url: colleaguePath(MINE) });
    const hostile =
      'https://evil.example/#/result?v=1&task=<img src=x onerror=alert(1)>&prebuilt=no&prebuilt=yes&existing=fabric,none,%E0%A4%A' +
      `&__proto__=1&constructor=x&${'junk=1&'.repeat(400)}control=full`;
    await paste(user, hostile);

    await screen.findByRole('heading', { level: 2, name: 'Your top picks differ' });
    expect(location()).toBe(versusPath(MINE, { prebuilt: 'no' }));
    const notice = screen.getByRole('status', { name: 'Part of your colleague’s link was ignored' });
    expect(notice).toHaveTextContent('Ignored “<img src=x onerror=alert(1)>” for “task”: it is not one of its answers.');
    expect(notice).toHaveTextContent('Ignored the unknown setting “__proto__”.');
    expect(notice).toHaveTextContent('Ignored “existing=fabric,none,%E0%A4%A”: it is not valid link encoding.');
    expect(notice).toHaveTextContent(/the link is longer than 2048 characters/);
    expect(document.querySelector('img')).toBeNull();
    // The cut came before control=full: their control reads as not answered.
    expect(within(item('control')).getByText('Not answered')).toBeInTheDocument();
    expect(within(item('control')).queryByText('Full control')).not.toBeInTheDocument();
    expect(within(differences()).getByRole('heading', { level: 3, name: /^Prebuilt model/ })).toBeInTheDocument();
    // The address to share carries only what was read.
    expect(location()).not.toContain('junk');
  });

  it('stays on the form and says why when nothing in the pasted text can be read, naming what was ignored', async () => {
    const { user, location } = renderApp({ url: colleaguePath(MINE) });
    await screen.findByRole('heading', { level: 1, name: TITLE });
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Paste your colleague’s link first.');

    await paste(user, 'just some words');
    expect(await screen.findByRole('alert')).toHaveTextContent('That is not a share link');

    await paste(user, 'https://advisor.example/#/result?v=1&task=teleportation');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('No answers could be read from that link, so there is nothing to compare.');
    expect(alert).toHaveTextContent('Ignored “teleportation” for “task”: it is not one of its answers.');
    expect(screen.getByRole('textbox', { name: 'Your colleague’s link' })).toHaveAttribute('aria-invalid', 'true');
    expect(location()).toBe(colleaguePath(MINE));
  });

  it('caps very long pasted text and says so', async () => {
    const { user } = renderApp({ url: colleaguePath(MINE) });
    await paste(user, `${formatShare(THEIRS)}&${'x'.repeat(20_000)}`);
    await screen.findByRole('heading', { level: 2, name: 'Your top picks differ' });
    expect(screen.getByRole('status', { name: 'Part of your colleague’s link was ignored' })).toHaveTextContent(
      'The pasted text is longer than 8,192 characters, so only its first 8,192 were read.',
    );
  });

  it('uses the answers saved in this browser when the address carries none of mine', async () => {
    useAnswersStore.setState({ answers: MINE });
    const { user, location } = renderApp({ url: VERSUS_PATH });
    await paste(user, formatShare(THEIRS));
    await screen.findByRole('heading', { level: 2, name: 'Your top picks differ' });
    expect(location()).toBe(versusPath(MINE, THEIRS));
  });

  it('asks for answers first when there are none to compare', async () => {
    renderApp({ url: VERSUS_PATH });
    expect(await screen.findByRole('heading', { level: 2, name: 'You have no answers to compare yet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Answer the questions' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('names what a hand-edited comparison address had that was ignored', async () => {
    renderApp({ url: `${versusPath(MINE, THEIRS)}&with=v%3D1%26task%3Dspeech&colour=red` });
    await screen.findByRole('heading', { level: 2, name: 'Your top picks differ' });
    expect(screen.getByRole('status', { name: 'Part of this comparison link was ignored' })).toHaveTextContent(
      'Ignored a second “with” in the comparison link',
    );
    expect(screen.getByRole('status', { name: 'Part of your answers’ link was ignored' })).toHaveTextContent(
      'Ignored the unknown setting “colour”.',
    );
  });
});
