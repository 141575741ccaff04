/** The Claims view: every claim stated by more than one source, each source's value under it; a click opens the mention. */
import * as vscode from 'vscode';
import type { ClaimViewItem, ClaimViewMention } from '../../server/src/protocol';
import { claimDescription, fileNameOf } from './format';

/** The view's id, as contributed in package.json. */
export const CLAIMS_VIEW_ID = 'crosscheck.claims';

interface ClaimNode { kind: 'claim'; claim: ClaimViewItem; mentions: MentionNode[] }
interface MentionNode { kind: 'mention'; parent: ClaimNode; mention: ClaimViewMention }
type ClaimsNode = ClaimNode | MentionNode;

function claimNode(claim: ClaimViewItem): ClaimNode {
  const node: ClaimNode = { kind: 'claim', claim, mentions: [] };
  node.mentions = claim.mentions.map((mention) => ({ kind: 'mention', parent: node, mention }));
  return node;
}

function claimIcon(claim: ClaimViewItem): vscode.ThemeIcon {
  if (claim.status === 'conflict' && !claim.reviewed) return new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
  if (claim.status === 'conflict') return new vscode.ThemeIcon('pass', new vscode.ThemeColor('problemsInfoIcon.foreground'));
  return new vscode.ThemeIcon(claim.status === 'agree' ? 'check' : 'circle-outline');
}

function mentionIcon(mention: ClaimViewMention): vscode.ThemeIcon {
  if (mention.agreesWithConsensus === false) return new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
  return new vscode.ThemeIcon(mention.agreesWithConsensus ? 'check' : 'quote');
}

function claimItem(node: ClaimNode): vscode.TreeItem {
  const { claim } = node;
  const expanded = claim.status === 'conflict' && !claim.reviewed;
  const item = new vscode.TreeItem(claim.label, expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
  // Stable ids keep what the user expanded across refreshes and let `crosscheck.showClaim` find the claim.
  item.id = claim.id;
  item.description = claimDescription(claim);
  item.tooltip = `${claim.label}\n${claimDescription(claim)}\nclaim id: ${claim.id}`;
  item.iconPath = claimIcon(claim);
  item.contextValue = claim.status;
  return item;
}

function mentionItem(node: MentionNode): vscode.TreeItem {
  const { mention } = node;
  const fileName = fileNameOf(mention.uri);
  const item = new vscode.TreeItem(mention.value, vscode.TreeItemCollapsibleState.None);
  item.id = `${node.parent.claim.id}@${mention.uri}:${mention.line}:${mention.character}`;
  item.description = fileName;
  item.tooltip = `${fileName}, line ${mention.line + 1}\n${mention.text}`;
  item.iconPath = mentionIcon(mention);
  const at = new vscode.Position(mention.line, mention.character);
  item.command = { command: 'vscode.open', title: 'Open the mention', arguments: [vscode.Uri.parse(mention.uri), { selection: new vscode.Range(at, at) }] };
  return item;
}

/** The tree behind the Claims view; it asks the server for the claims when shown after a refresh. */
export class ClaimsView implements vscode.TreeDataProvider<ClaimsNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<ClaimsNode>;
  private claims: Promise<ClaimNode[]> | undefined;

  constructor(private readonly fetchClaims: () => Promise<ClaimViewItem[]>, private readonly log: vscode.LogOutputChannel) {
    this.view = vscode.window.createTreeView(CLAIMS_VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
  }

  /** Forgets the claims; they are asked for again when the view is next shown. */
  refresh(): void {
    this.claims = undefined;
    this.changed.fire(undefined);
  }

  /** Selects and reveals the claim with this id; false when no claim has it. */
  async reveal(claimId: string): Promise<boolean> {
    const node = (await this.load()).find((candidate) => candidate.claim.id === claimId);
    if (!node) return false;
    await this.view.reveal(node, { select: true, focus: true, expand: true });
    return true;
  }

  getTreeItem(node: ClaimsNode): vscode.TreeItem {
    return node.kind === 'claim' ? claimItem(node) : mentionItem(node);
  }

  getChildren(node?: ClaimsNode): Promise<ClaimsNode[]> | ClaimsNode[] {
    if (!node) return this.load();
    return node.kind === 'claim' ? node.mentions : [];
  }

  getParent(node: ClaimsNode): ClaimsNode | undefined {
    return node.kind === 'mention' ? node.parent : undefined;
  }

  dispose(): void {
    this.view.dispose();
    this.changed.dispose();
  }

  private load(): Promise<ClaimNode[]> {
    this.claims ??= this.fetchClaims().then(
      (claims) => {
        this.view.message = undefined;
        return claims.map(claimNode);
      },
      (error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error);
        this.log.error(`listing the claims failed: ${reason}`);
        this.view.message = `Could not list the claims (${reason}). See the Crosscheck output for details.`;
        // Asked again on the next refresh rather than showing a stale error forever.
        this.claims = undefined;
        return [];
      },
    );
    return this.claims;
  }
}
