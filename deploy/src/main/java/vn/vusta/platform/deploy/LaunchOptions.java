package vn.vusta.platform.deploy;

import java.nio.file.Path;

/** The options of deploy/run-local (see {@link #USAGE}). */
record LaunchOptions(Path root, Path data, boolean fresh, boolean production, Path secrets, Path backup, Path restore) {

    static final String USAGE = """
            Usage: deploy/run-local [--data DIR] [--fresh] [--production [--secrets FILE]]
                   deploy/run-local [--data DIR] --backup FILE | --restore FILE
              --data DIR       the data folder (default: $VUSTA_DATA, else ~/.local/share/vusta-platform)
              --fresh          delete the folder's database, Keycloak's database and files, and start from nothing
              --production     no demo data, the production realm, secrets from the environment and/or --secrets
              --secrets FILE   NAME=value lines, readable by its owner only (chmod 600)
              --backup FILE    with the platform stopped: write the whole folder's state to FILE (.tar.gz)
              --restore FILE   with the platform stopped: replace the folder's state by FILE's
            """;

    /** @param args the repository's root folder, then the options */
    static LaunchOptions parse(String[] args) {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        String data = null;
        boolean fresh = false;
        boolean production = false;
        Path secrets = null;
        Path backup = null;
        Path restore = null;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = value(args, ++i, "--data");
                case "--fresh" -> fresh = true;
                case "--production" -> production = true;
                case "--secrets" -> secrets = Path.of(value(args, ++i, "--secrets")).toAbsolutePath();
                case "--backup" -> backup = Path.of(value(args, ++i, "--backup")).toAbsolutePath();
                case "--restore" -> restore = Path.of(value(args, ++i, "--restore")).toAbsolutePath();
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        if (secrets != null && !production) {
            throw new IllegalArgumentException("--secrets belongs to --production");
        }
        if (backup != null && restore != null || (backup != null || restore != null) && fresh) {
            throw new IllegalArgumentException("--backup, --restore and --fresh go alone");
        }
        return new LaunchOptions(root, DataFolder.location(data), fresh, production, secrets, backup, restore);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }
}
