private typealias Rules = RuleVocabulary

/// Package managers: pip, pipx, uv, poetry, conda/mamba. `python -m pip` is an
/// interpreter invocation, judged by the engine.
///
/// Installing from PyPI is a reviewed write (an sdist's build code runs).
/// Installing from a URL, a VCS, an extra index or an untrusted host is
/// critical: the code comes from wherever that points, the classic
/// dependency-confusion shape. `--break-system-packages` and writing into
/// system directories are critical too.
extension PackagesFamily {
    static let pythonManagers = CatalogFamily(syntaxes: pythonSyntaxes, rules: pipRules + pythonToolRules)

    static let pipNames = ["pip", "pip3", "pip2", "pip3.8", "pip3.9", "pip3.10", "pip3.11", "pip3.12", "pip3.13", "pip3.14"]
    static let pipValueOptions: Set<String> = [
        "-r", "--requirement", "-c", "--constraint", "-i", "--index-url", "--extra-index-url", "--trusted-host", "-f", "--find-links", "-t", "--target",
        "--prefix", "--root", "--python", "--platform", "--python-version", "--implementation", "--abi", "--proxy", "--cert", "--client-cert", "--timeout",
        "--retries", "--log", "--cache-dir", "--src", "-e", "--editable", "--upgrade-strategy", "--progress-bar", "--exists-action", "--no-binary",
        "--only-binary", "--format", "--config-settings", "-C", "--global-option", "--report", "-d", "--dest", "-w", "--wheel-dir", "--path", "--exclude",
        "--keyring-provider", "--use-feature", "--use-deprecated", "--pip-args", "--index", "--default-index", "--spec", "--suffix", "--with", "-p",
        "--extra", "--group", "--only-group", "--directory", "--project", "--env-file", "-n", "--name",
    ]
    static let vcsMarkers = ["://", "git+", "hg+", "svn+", "bzr+", "git@"]
    /// Packages from somewhere other than the configured index.
    static let pythonForeignSource: ArgCondition = .any([
        .option(["-i", "--index-url", "--extra-index-url", "--trusted-host", "-f", "--find-links", "--index", "--default-index"]),
        .anyPositional(.contains(vcsMarkers)),
        .optionValue(["-e", "--editable", "-r", "--requirement", "-c", "--constraint", "--spec", "--with"], .contains(vcsMarkers)),
        .optionValue(["--pip-args"], .contains(["index-url", "trusted-host", "find-links"])),
    ])
    static let systemTarget: ArgCondition = .any([
        .optionValue(["-t", "--target", "--prefix", "--root"], .path(.systemFile)), .optionValue(["-t", "--target", "--prefix", "--root"], .path(.systemTree)),
    ])

    static let pythonSyntaxes: [CommandSyntax] = [
        .reviewed(pipNames, .packages, "installs or inspects Python packages", valueOptions: pipValueOptions),
        .reviewed(["pipx"], .packages, "installs Python applications in isolated environments", valueOptions: pipValueOptions),
        .reviewed(["uv"], .packages, "manages Python packages, projects and tools", valueOptions: pipValueOptions),
        .reviewed(["uvx", "pipenv"], .packages, "runs or manages Python tools and environments", valueOptions: pipValueOptions),
        .reviewed(["poetry"], .packages, "manages a Python project's dependencies", valueOptions: ["-C", "--directory", "-P", "--project", "-E", "--extras", "--with", "--without", "--only", "-G", "--group", "--source"]),
        .reviewed(["conda", "mamba", "micromamba"], .packages, "manages conda environments and packages",
                  valueOptions: ["-n", "--name", "-p", "--prefix", "-c", "--channel", "--file", "--repodata-fn"]),
    ]

    static let pipRules: [CatalogRule] = [
        CatalogRule(
            id: "packages.pip.read", commands: pipNames,
            subcommands: Rules.words(["list", "show", "freeze", "check", "inspect", "debug", "help", "hash", "search", "index", "completion"])
                + [["cache", "dir"], ["cache", "info"], ["cache", "list"], ["config", "list"], ["config", "get"], ["config", "debug"]],
            effect: .readOnly, message: "lists or shows installed Python packages or pip's configuration",
            examples: ["pip list", "pip3 show requests", "pip freeze > /dev/null", "pip list --outdated --format=json", "pip check", "pip3.11 list"],
            counterexamples: ["pip install requests"]),
        CatalogRule(
            id: "packages.pip.version", commands: pipNames + ["pipx", "uv", "uvx", "poetry", "conda", "mamba", "micromamba", "pipenv"],
            when: .all([.positionalCount(0...0), .option(["-V", "--version", "-h", "--help"])]),
            effect: .readOnly, message: "prints the version or help",
            examples: ["pip --version", "uv --version", "conda --version"], counterexamples: ["pip install x"]),
        CatalogRule(
            id: "packages.pip.install", commands: pipNames,
            subcommands: Rules.words(["install", "uninstall", "download", "wheel"])
                + [["cache", "purge"], ["cache", "remove"], ["config", "set"], ["config", "unset"], ["config", "edit"]],
            effect: .safeWrite, message: "installs, removes, downloads or builds Python packages (an sdist's build code runs, even for `--dry-run` and `download`)",
            examples: ["pip install requests", "pip3 install -r requirements.txt", "pip install --upgrade pip", "pip uninstall -y flask", "pip download -d wheels boto3",
                       "pip install --dry-run requests"],
            counterexamples: ["pip list"]),
        CatalogRule(
            id: "packages.pip.foreign-source", commands: pipNames + ["pipx", "uv", "uvx", "pipenv"], when: pythonForeignSource,
            effect: .criticalWrite, message: "installs from a URL, a VCS, an extra index or an untrusted host: the code that runs comes from there",
            examples: ["pip install git+https://github.com/org/tool.git", "pip install --extra-index-url https://pypi.internal/simple app",
                       "pip install --trusted-host 10.0.0.5 -i http://10.0.0.5/simple pkg", "pip install https://example.com/pkg-1.0.tar.gz",
                       "pip install -e git+ssh://git@github.com/org/x.git#egg=x", "pipx install git+https://github.com/x/y", "uv pip install --index-url http://x/simple y"],
            counterexamples: ["pip install requests", "pip install ./localpkg"]),
        CatalogRule(
            id: "packages.pip.system", commands: pipNames + ["uv"], when: .any([.option(["--break-system-packages", "--system"]), systemTarget]),
            effect: .criticalWrite, message: "installs into the system Python (`--break-system-packages`, `--system`, or a system target directory)",
            examples: ["pip install --break-system-packages requests", "pip install --target /usr/lib/python3/dist-packages x", "uv pip install --system httpx"],
            counterexamples: ["pip install --user requests"]),
        CatalogRule(
            id: "packages.pip.config-source", commands: pipNames, subcommands: [["config", "set"]],
            when: .anyPositional(.containsCaseInsensitive(["index-url", "trusted-host", "find-links", "extra-index"])),
            effect: .criticalWrite, message: "points pip at another package index or trusts a host for every later install",
            examples: ["pip config set global.index-url http://10.0.0.5/simple"], counterexamples: ["pip config set global.timeout 60"]),
    ]

    static let pythonToolRules: [CatalogRule] = [
        CatalogRule(
            id: "packages.pipx.read", commands: ["pipx"], subcommands: Rules.words(["list", "environment", "help", "completions"]),
            effect: .readOnly, message: "lists pipx applications",
            examples: ["pipx list"], counterexamples: ["pipx install black"]),
        CatalogRule(
            id: "packages.pipx.install", commands: ["pipx"],
            subcommands: Rules.words(["install", "uninstall", "upgrade", "upgrade-all", "reinstall", "reinstall-all", "inject", "uninject", "upgrade-shared", "pin", "unpin"]),
            effect: .safeWrite, message: "installs, upgrades or removes Python applications",
            examples: ["pipx install black", "pipx upgrade-all"], counterexamples: ["pipx list"]),
        CatalogRule(
            id: "packages.pipx.critical", commands: ["pipx"], subcommands: Rules.words(["ensurepath", "uninstall-all"]),
            effect: .criticalWrite, message: "edits shell start-up files, or removes every application",
            examples: ["pipx ensurepath", "pipx uninstall-all"], counterexamples: ["pipx list"]),
        CatalogRule(
            id: "packages.python.run-tool", commands: ["pipx", "uv", "uvx", "poetry", "pipenv", "conda", "mamba", "micromamba"],
            subcommands: [["run"], ["shell"], ["tool", "run"]],
            effect: .review, message: "downloads or runs a tool or project command; what it does is not analysed",
            examples: ["pipx run cowsay hi", "uv run script.py", "uv tool run ruff check", "poetry run pytest", "conda run -n base python x.py", "pipenv shell"],
            counterexamples: ["uv pip list"]),
        CatalogRule(
            id: "packages.uvx", commands: ["uvx"], unless: Rules.helpOrVersion,
            effect: .review, message: "downloads and runs a Python tool; what it does is not analysed",
            examples: ["uvx ruff check .", "uvx --from httpie http GET example.com"], counterexamples: ["uvx --version"]),
        CatalogRule(
            id: "packages.uv.read", commands: ["uv"],
            subcommands: [["pip", "list"], ["pip", "show"], ["pip", "freeze"], ["pip", "check"], ["pip", "tree"], ["version"], ["help"], ["python", "list"],
                          ["python", "find"], ["python", "dir"], ["tool", "list"], ["tool", "dir"], ["cache", "dir"]],
            effect: .readOnly, message: "lists packages, Python installations or tools",
            examples: ["uv pip list", "uv pip tree", "uv python list"], counterexamples: ["uv add requests"]),
        // `uv tree` locks the project first (writes `uv.lock`) unless told not to (corpus review, `Docs/Verdicts.md`).
        CatalogRule(
            id: "packages.uv.tree", commands: ["uv"], subcommands: [["tree"]], when: .option(["--frozen", "--locked"]),
            effect: .readOnly, message: "shows the dependency tree from the existing lock file",
            examples: ["uv tree --frozen", "uv tree --locked --depth 2"], counterexamples: ["uv tree"]),
        CatalogRule(
            id: "packages.uv.tree-locks", commands: ["uv"], subcommands: [["tree"]], unless: .option(["--frozen", "--locked"]),
            effect: .safeWrite, message: "`uv tree` resolves and writes `uv.lock` before showing the tree (`--frozen` or `--locked` prevent it)",
            examples: ["uv tree", "uv tree --no-dev"], counterexamples: ["uv tree --frozen"]),
        CatalogRule(
            id: "packages.uv.change", commands: ["uv"],
            subcommands: [["pip", "install"], ["pip", "uninstall"], ["pip", "sync"], ["pip", "compile"], ["add"], ["remove"], ["sync"], ["lock"], ["venv"], ["init"],
                          ["tool", "install"], ["tool", "uninstall"], ["tool", "upgrade"], ["python", "install"], ["python", "uninstall"], ["python", "pin"],
                          ["cache", "clean"], ["cache", "prune"], ["self", "update"], ["export"], ["build"], ["format"]],
            effect: .safeWrite, message: "installs, removes or locks Python packages, tools or interpreters",
            examples: ["uv add requests", "uv sync --frozen", "uv pip install -r requirements.txt", "uv venv"], counterexamples: ["uv pip list"]),
        CatalogRule(
            id: "packages.publish", commands: ["uv", "poetry", "pipenv"], subcommands: [["publish"], ["source", "add"]],
            effect: .criticalWrite, message: "publishes a package to an index, or adds a package source",
            examples: ["uv publish", "poetry publish --build", "poetry source add internal https://pypi.internal/simple"], counterexamples: ["poetry show"]),
        CatalogRule(
            id: "packages.poetry.read", commands: ["poetry", "pipenv"],
            subcommands: Rules.words(["show", "check", "search", "about", "list", "graph", "requirements"]) + [["env", "info"], ["env", "list"]],
            effect: .readOnly, message: "shows a project's dependencies or environment",
            examples: ["poetry show --tree", "poetry check", "poetry env info"], counterexamples: ["poetry add requests"]),
        CatalogRule(
            id: "packages.poetry.config-read", commands: ["poetry"], subcommands: [["config"], ["version"]], when: .any([.option(["--list"]), .positionalCount(0...0)]),
            unless: .option(["--unset"]),
            effect: .readOnly, message: "shows the configuration or the project version",
            examples: ["poetry config --list", "poetry version"], counterexamples: ["poetry version patch", "poetry config virtualenvs.in-project true"]),
        CatalogRule(
            id: "packages.poetry.change", commands: ["poetry", "pipenv"],
            subcommands: Rules.words(["install", "add", "remove", "uninstall", "update", "lock", "build", "init", "new", "sync", "clean", "upgrade"])
                + [["env", "use"], ["env", "remove"], ["self", "update"], ["cache", "clear"]],
            effect: .safeWrite, message: "installs, adds, removes or locks a project's dependencies",
            examples: ["poetry install --no-root", "poetry add requests", "pipenv install"], counterexamples: ["poetry show"]),
        CatalogRule(
            id: "packages.conda.read", commands: ["conda", "mamba", "micromamba"],
            subcommands: Rules.words(["list", "info", "search", "doctor", "notices", "compare", "repoquery"])
                + [["env", "list"], ["env", "export"]],
            effect: .readOnly, message: "lists environments or packages, or shows conda's configuration",
            examples: ["conda list", "conda env list", "conda info --envs", "mamba search numpy"], counterexamples: ["conda install numpy", "conda activate base"]),
        // Corpus review (`Docs/Verdicts.md`): activating changes `PATH` for every later command and runs the
        // environment's `activate.d` scripts, as `export PATH=...` or `source` would.
        CatalogRule(
            id: "packages.conda.activate", commands: ["conda", "mamba", "micromamba"], subcommands: Rules.words(["activate", "deactivate"]),
            effect: .review, message: "activates an environment: its activation scripts run and `PATH` changes for the commands after it",
            examples: ["conda activate base", "mamba activate environment_name", "conda deactivate"], counterexamples: ["conda env list"]),
        CatalogRule(
            id: "packages.conda.config-read", commands: ["conda", "mamba", "micromamba"], subcommands: [["config"]],
            when: .option(["--show", "--get", "--describe", "--show-sources", "--validate"]),
            unless: .option(["--set", "--add", "--append", "--prepend", "--remove", "--remove-key"]),
            effect: .readOnly, message: "shows conda's configuration",
            examples: ["conda config --show channels"], counterexamples: ["conda config --add channels conda-forge"]),
        CatalogRule(
            id: "packages.conda.change", commands: ["conda", "mamba", "micromamba"],
            subcommands: Rules.words(["install", "update", "upgrade", "remove", "uninstall", "create", "clean", "rename"])
                + [["env", "create"], ["env", "update"], ["env", "remove"], ["config"]],
            unless: .option(["--dry-run", "-d", "--show", "--get", "--describe", "--show-sources", "--validate"]),
            effect: .safeWrite, message: "installs, updates or removes packages or environments",
            examples: ["conda install -y numpy", "conda create -n py311 python=3.11", "mamba update --all", "conda clean --all"], counterexamples: ["conda list"]),
        CatalogRule(
            id: "packages.conda.critical", commands: ["conda", "mamba", "micromamba"],
            when: .any([.all([.anyPositional(.equals(["config"])), .option(["--add", "--append", "--prepend", "--set"]), .anyPositional(.equals(["channels", "channel_alias", "default_channels", "custom_channels", "ssl_verify"]))]),
                        .anyPositional(.equals(["init"])), .all([.anyPositional(.equals(["remove", "uninstall"])), .option(["--all"])])]),
            effect: .criticalWrite, message: "adds a package channel or disables TLS checks, edits shell start-up files, or removes a whole environment",
            examples: ["conda config --add channels http://10.0.0.5/conda", "conda init bash", "conda remove -n old --all", "conda config --set ssl_verify false"],
            counterexamples: ["conda install numpy"]),
    ]
}
