// The document model as plain JSON (CLI "inspect", tests, hover). Lines are 1-based.
import type { DocModel, Component, Section } from './model';
import { positionAt } from './text';
import { toIso } from './dates';

export function inspect(model: DocModel) {
  const line = (off: number) => positionAt(model.src, off).line + 1;
  const c = (x: Component | null) => (x ? { text: x.text, line: x.line + 1 } : null);
  const h = model.header;
  const sec = (s: Section): object => ({
    number: s.number,
    kind: s.kind,
    title: s.title,
    line: s.line + 1,
    endLine: s.endLine + 1,
    children: s.children.map(sec),
  });
  return {
    profile: model.profile,
    profileSource: model.profileSource,
    family: model.family,
    familyConfidence: model.familyConfidence,
    familySignals: model.familySignals.map((s) => ({
      family: s.family,
      kind: s.kind,
      text: s.text,
      line: s.line + 1,
      weight: s.weight,
    })),
    documentType: model.documentType,
    referenceDate:
      model.reference.source === 'today' ? null : model.reference.draftDate ? toIso(model.reference.draftDate) : null,
    referenceDateSource: model.reference.source === 'today' ? null : model.reference.source,
    comparisonDate: model.reference.compareDate ? toIso(model.reference.compareDate) : null,
    meetingDate: model.reference.meetingDate ? toIso(model.reference.meetingDate) : null,
    header: {
      partyTitle: c(h.partyTitle),
      stateMotto: h.stateMotto.map(c),
      issuer: h.issuer.map(c),
      star: c(h.star),
      number: h.number
        ? {
            ...c(h.number),
            shape: h.number.shape,
            number: h.number.num,
            typeCode: h.number.typeCode,
            issuerCode: h.number.issuerCode,
            colon: h.number.colon,
          }
        : null,
      placeAndDate: h.dateLine
        ? { ...c(h.dateLine), place: h.dateLine.place, date: h.dateLine.date ? toIso(h.dateLine.date) : null }
        : null,
      title: c(h.title),
      trichYeu: h.trichYeu.map(c),
      separator: c(h.separator),
      kinhGui: c(h.kinhGui),
    },
    opening: c(model.opening),
    sections: model.sections.map(sec),
    citations: model.citations.map((x) => ({
      typeWord: x.typeWord,
      number: x.number,
      shape: x.shape,
      typeCode: x.typeCode,
      issuerCode: x.issuerCode,
      year: x.lawYear,
      date: x.date ? toIso(x.date) : null,
      dateText: x.dateText,
      issuerPhrase: x.issuerPhrase,
      line: x.line + 1,
    })),
    dates: model.dates.map((d) => ({
      text: `${d.dayText}/${d.monthText}/${d.yearText}`,
      date: d.date ? toIso(d.date) : null,
      valid: !!d.date,
      deadline: d.deadline,
      line: d.line + 1,
    })),
    recipients: model.recipients
      ? {
          label: c(model.recipients.label),
          items: model.recipients.items.map((i) => ({
            text: [i.text, ...i.continuation.map((x) => x.text)].join(' '),
            line: i.line + 1,
            endLine: line(i.endAt),
            archive: i.isArchive,
          })),
        }
      : null,
    signature: model.signature
      ? {
          authority: model.signature.authority?.text ?? null,
          authorityKind: model.signature.authorityKind,
          title: model.signature.titles[0]?.text ?? null,
          titles: model.signature.titles.map((t) => t.text),
          signerName: model.signature.name?.text ?? null,
          honorific: model.signature.honorific?.text ?? null,
          lines: { first: model.signature.firstLine + 1, last: model.signature.lastLine + 1 },
        }
      : null,
    appendixLine: model.appendixLine >= 0 ? model.appendixLine + 1 : null,
  };
}
