package dev.plumb.cli;

import dev.plumb.engine.Version;
import picocli.CommandLine;

final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"plumb " + Version.get()};
    }
}
