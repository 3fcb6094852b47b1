import ts from 'typescript'

export type AssumptionNote = {
  /** The key in `unverifiedChoices`. */
  id: string
  /** The choice as the code holds it, printed as source (`true`, `10n ** 36n`, `'finalizeUnstake()'`). */
  value: string
  /** The doc comment above the key: what is unverified and what Rialto chose. */
  note: string
}

/**
 * The entries of `unverifiedChoices` with their doc comments, read from the module's source: the comments are the
 * explanation, and they exist only there.
 */
export function assumptionNotes(source: string): AssumptionNote[] {
  const file = ts.createSourceFile('assumptions.ts', source, ts.ScriptTarget.Latest, true)
  const notes: AssumptionNote[] = []
  const visit = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && node.name.getText(file) === 'unverifiedChoices' && node.initializer) {
      const initializer = ts.isAsExpression(node.initializer) ? node.initializer.expression : node.initializer
      if (!ts.isObjectLiteralExpression(initializer)) return
      for (const property of initializer.properties) {
        if (!ts.isPropertyAssignment(property)) continue
        const note = ts
          .getJSDocCommentsAndTags(property)
          .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
          .join('\n')
        notes.push({ id: property.name.getText(file), value: property.initializer.getText(file), note })
      }
      return
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return notes
}
