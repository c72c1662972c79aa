// The office's register (sổ đăng ký văn bản): what one document contributes to it, and the read-only
// view that rules receive. Plain data only, so a register can cross worker threads and JSON.

/** A document of the workspace that carries a number: one row of the register. */
export interface RegisterEntry {
  /** Identity of the file, as the caller gave it (a path in the CLI and the server). */
  file: string;
  /** Short name shown to the user (path relative to the folder). */
  name: string;
  /** "1246-TB/TU" as written (digits as typed). */
  number: string;
  /** Lookup key: numberKey(digits, typeCode, issuerCode). */
  key: string;
  num: number;
  typeCode: string;
  issuerCode: string | null;
  /** Issue date, ISO, or null when the draft has none yet. */
  date: string | null;
  /** Type word in running text ("Thông báo"), from the title line or the code. */
  typeWord: string;
  /** Trích yếu as one line ("kết luận của Thường trực Tỉnh ủy về …"). */
  title: string;
  /** Body named in a first citation ("Ban Thường vụ Tỉnh ủy"), or null. */
  issuerPhrase: string | null;
  /** "về …" part of the trích yếu, or "". */
  about: string;
  family: 'party' | 'state' | 'unknown';
  /** 0-based line and UTF-16 columns of the number (after "Số"). */
  line: number;
  character: number;
  endCharacter: number;
}

/** A citation of another document, as kept by the register for references and completion. */
export interface RegisterCitation {
  key: string;
  /** 0-based line and UTF-16 columns of the cited number. */
  line: number;
  character: number;
  endCharacter: number;
}

/** An assignment given by a Kết luận / Thông báo kết luận. */
export interface Task {
  /** Number of the document giving the task ("39-KL/ĐU"), or null for an unnumbered draft. */
  document: string | null;
  assignee: string;
  task: string;
  /** ISO date or null. */
  deadline: string | null;
  /** 0-based line. */
  line: number;
}

/** Everything the register keeps of one file. */
export interface IndexedDoc {
  file: string;
  name: string;
  entry: RegisterEntry | null;
  citations: RegisterCitation[];
  tasks: Task[];
}

/**
 * What a rule sees of the register: the entries by key and the file being checked (its own entry is not
 * "another document"). Rules are silent when the analysis is given no register.
 */
export interface RegisterView {
  self: string | null;
  byKey: ReadonlyMap<string, readonly RegisterEntry[]>;
  /** Start of the cấp ủy's term (office.termStart), for Party numbering; ISO or null. */
  termStart?: string | null;
}

/** The office, as declared in .ketluan.json "office". */
export interface Office {
  /** Issuer name as it stands in the header ("ĐẢNG ỦY XÃ TÂN LẬP"). */
  name?: string;
  /** Parent body line above it ("ĐẢNG BỘ TỈNH LÂM ĐỒNG"). */
  parent?: string;
  /** Place name for the date line ("Tân Lập"). */
  place?: string;
  /** Archive line ("- Lưu Văn phòng Đảng ủy."). */
  archive?: string;
  /** Issuer code in numbers ("ĐU"). */
  code?: string;
  /** Start of the current term (ISO): Party numbers restart per term (HD05 3.1.1b). */
  termStart?: string;
}
