// "Kết luận: Tạo văn bản mới…": QuickPick steps (family, issuer, type, signing authority, title), then a
// draft from the server with the next free number, today's date and the regime's template.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

interface Choices {
  profile: string;
  types: { code: string; name: string; title: string }[];
  signing: { authority: string; titles: string[]; detail: string }[];
}
interface WizardInfo {
  office: { name?: string; parent?: string; place?: string; archive?: string; code?: string } | null;
  today: string;
  party: Choices;
  state: Choices;
}

const CODE = /^[A-ZĐ][A-Za-zĐđ]{0,11}$/u;

export async function newDocumentWizard(client: LanguageClient): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const info = await client.sendRequest<WizardInfo>('ketluan/wizard', { folder });

  const family = await vscode.window.showQuickPick(
    [
      {
        label: vscode.l10n.t('Party document'),
        description: info.party.profile.toUpperCase(),
        value: 'party' as const,
      },
      { label: vscode.l10n.t('State document'), description: 'NĐ30', value: 'state' as const },
    ],
    { title: vscode.l10n.t('New document (1/5): Party or state'), ignoreFocusOut: true },
  );
  if (!family) return;
  const choices = family.value === 'party' ? info.party : info.state;

  const office = info.office;
  const typed = vscode.l10n.t('Type another issuer…');
  const issuerPick = await vscode.window.showQuickPick(
    [
      ...(office?.name ? [{ label: office.name, description: office.code ?? '', detail: office.parent }] : []),
      { label: typed, description: '', detail: undefined },
    ],
    { title: vscode.l10n.t('New document (2/5): issuer'), ignoreFocusOut: true },
  );
  if (!issuerPick) return;
  let issuer = issuerPick.label,
    issuerCode = office?.code ?? '',
    parent = office?.parent;
  if (issuerPick.label === typed) {
    const name = await vscode.window.showInputBox({
      title: vscode.l10n.t('Issuer name (capitals)'),
      placeHolder: 'ĐẢNG ỦY XÃ TÂN LẬP',
      ignoreFocusOut: true,
    });
    if (!name) return;
    issuer = name.toLocaleUpperCase('vi');
    parent = undefined;
    issuerCode = '';
  }
  if (!issuerCode) {
    const code = await vscode.window.showInputBox({
      title: vscode.l10n.t('Issuer code in the number'),
      placeHolder: family.value === 'party' ? 'ĐU, TU, CB…' : 'UBND, SNV…',
      ignoreFocusOut: true,
      validateInput: (v) =>
        CODE.test(v.trim()) ? null : vscode.l10n.t('Letters only, starting with a capital (e.g. TU)'),
    });
    if (!code) return;
    issuerCode = code.trim();
  }

  const type = await vscode.window.showQuickPick(
    // A state công văn has no type code: its choice shows none.
    choices.types.map((x) => ({ label: x.name, description: x.title ? x.code : '', value: x })),
    { title: vscode.l10n.t('New document (3/5): document type'), ignoreFocusOut: true, matchOnDescription: true },
  );
  if (!type) return;
  const signing = await vscode.window.showQuickPick(
    choices.signing.map((s) => ({
      label: s.authority || vscode.l10n.t('(signed directly)'),
      detail: s.detail,
      value: s,
    })),
    { title: vscode.l10n.t('New document (4/5): signing authority'), ignoreFocusOut: true },
  );
  if (!signing) return;
  const title = await vscode.window.showQuickPick(signing.value.titles, {
    title: vscode.l10n.t('New document (5/5): title of the signer'),
    ignoreFocusOut: true,
  });
  if (!title) return;

  const draft = await client.sendRequest<{ text: string; number: string }>('ketluan/newDraft', {
    family: family.value,
    issuer,
    parent,
    typeCode: type.value.code,
    issuerCode,
    authority: signing.value.authority,
    title,
    folder,
  });
  const doc = await vscode.workspace.openTextDocument({ language: 'ketluan', content: draft.text });
  await vscode.window.showTextDocument(doc);
  if (draft.number)
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Next free number in the register: {0}', `${draft.number}-${type.value.code}/${issuerCode}`),
    );
}
