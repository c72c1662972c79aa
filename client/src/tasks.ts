// The "Nhiệm vụ" view: assignments of the workspace's Kết luận and Thông báo kết luận, grouped by the body
// they are given to, with due dates; overdue ones are marked against today. Data comes from the server.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

interface TaskRow {
  document: string | null;
  assignee: string;
  task: string;
  deadline: string | null;
  overdue: boolean;
  uri: string;
  path: string;
  line: number;
}
type Node = { kind: 'assignee'; name: string; tasks: TaskRow[] } | { kind: 'task'; task: TaskRow };

/** Today in the user's time zone, ISO. */
export function localToday(now = new Date()): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/** "31/10/2026" from ISO. */
function viDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

export class TasksProvider implements vscode.TreeDataProvider<Node> {
  private readonly emitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly client: LanguageClient) {}

  refresh(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.emitter.fire(undefined), 300);
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node?.kind === 'assignee') return node.tasks.map((task) => ({ kind: 'task', task }));
    if (node) return [];
    let rows: TaskRow[] = [];
    try {
      rows = (await this.client.sendRequest<{ tasks: TaskRow[] }>('ketluan/tasks', { today: localToday() })).tasks;
    } catch {
      return [];
    }
    const groups = new Map<string, TaskRow[]>();
    for (const r of rows) {
      const g = groups.get(r.assignee);
      if (g) g.push(r);
      else groups.set(r.assignee, [r]);
    }
    const byDue = (a: TaskRow, b: TaskRow) => (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999');
    return [...groups]
      .map(([name, tasks]): Node => ({ kind: 'assignee', name, tasks: tasks.sort(byDue) }))
      .sort((a, b) => (a.kind === 'assignee' && b.kind === 'assignee' ? a.name.localeCompare(b.name, 'vi') : 0));
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'assignee') {
      const late = node.tasks.filter((t) => t.overdue).length;
      const item = new vscode.TreeItem(node.name, vscode.TreeItemCollapsibleState.Expanded);
      item.description = late
        ? vscode.l10n.t('{0} tasks, {1} overdue', node.tasks.length, late)
        : vscode.l10n.t('{0} tasks', node.tasks.length);
      item.iconPath = new vscode.ThemeIcon(late ? 'warning' : 'organization');
      item.contextValue = 'assignee';
      return item;
    }
    const t = node.task;
    const item = new vscode.TreeItem(t.task, vscode.TreeItemCollapsibleState.None);
    item.description = t.deadline
      ? t.overdue
        ? vscode.l10n.t('overdue since {0}', viDate(t.deadline))
        : vscode.l10n.t('due {0}', viDate(t.deadline))
      : vscode.l10n.t('no deadline');
    item.iconPath = new vscode.ThemeIcon(t.overdue ? 'error' : t.deadline ? 'calendar' : 'circle-outline');
    item.tooltip = new vscode.MarkdownString(
      `**${t.assignee}**\n\n${t.task}\n\n${t.document ?? ''} — ${t.path}:${t.line + 1}`,
    );
    item.command = {
      command: 'vscode.open',
      title: vscode.l10n.t('Open document'),
      arguments: [vscode.Uri.parse(t.uri), { selection: new vscode.Range(t.line, 0, t.line, 0) }],
    };
    item.contextValue = t.overdue ? 'task.overdue' : 'task';
    return item;
  }
}

export function registerTasksView(context: vscode.ExtensionContext, client: LanguageClient): void {
  const provider = new TasksProvider(client);
  context.subscriptions.push(
    vscode.window.createTreeView('ketluan.tasks', { treeDataProvider: provider, showCollapseAll: true }),
    vscode.commands.registerCommand('ketluan.refreshTasks', () => provider.refresh()),
    client.onNotification('ketluan/registerChanged', () => provider.refresh()),
  );
}
