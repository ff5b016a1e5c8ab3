package dev.plumb.load.terraform;

import org.openrewrite.hcl.tree.Hcl;

/** A block as the parser read it, and where its file's text is: what evaluation reads again in each stack instance. */
record BlockSyntax(Hcl.Block block, Locator locator) {}
