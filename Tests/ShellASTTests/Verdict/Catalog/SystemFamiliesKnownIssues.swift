import Testing
@testable import ShellAST

/// Engine gaps found while writing the system families (disks, processes,
/// power, services, users, packages). Each is `review` today, never `allow`
/// (the engine fails closed), but should be `block`. When the engine learns
/// the shape, the known issue stops reproducing and this test reports it.
@Suite struct SystemFamiliesKnownIssues {
    /// Subcommands that run an arbitrary command (`uv run CMD`, `poetry run`,
    /// `bundle exec`, `npm exec --`, `conda run`) are wrappers, but wrappers are
    /// keyed by program name only, so the inner command is not judged.
    @Test(arguments: [
        "uv run rm -rf /",
        "poetry run rm -rf /",
        "pipenv run rm -rf /",
        "bundle exec rm -rf /",
        "npm exec -- rm -rf /",
        "conda run -n base rm -rf /",
        "prlimit --nofile=10 rm -rf /",
    ])
    func subcommandWrappersAreNotUnwrapped(_ command: String) {
        do {
            expectVerdict(VerdictCase(command, .block))
        }
    }

    /// `sudo -e FILE` is sudoedit, but the wrapper rule marks it a generic
    /// critical write; `sudoedit /etc/sudoers` (catalog) is blocked.
    @Test func sudoEditOfAProtectedFile() {
        expectVerdict(VerdictCase("sudoedit /etc/sudoers", .block, "users.sudoedit.protected"))
        do {
            expectVerdict(VerdictCase("sudo -e /etc/sudoers", .block))
        }
    }

    /// A crontab installed from standard input is code that runs later; static
    /// text could be judged line by line (fields after the schedule).
    @Test func crontabFromStaticStandardInput() {
        do {
            expectVerdict(VerdictCase("echo '* * * * * rm -rf /' | crontab -", .block))
        }
    }

    /// Environment variables that load a configuration (`APT_CONFIG`, `PIP_CONFIG_FILE`,
    /// `NPM_CONFIG_USERCONFIG`) can turn a simulation off or add hook commands.
    @Test func configurationEnvironmentVariables() {
        do {
            expectVerdict(VerdictCase("APT_CONFIG=/tmp/x apt-get -s upgrade", .review))
        }
    }

    /// A repeated force flag, however it is spelled, is a hardware reset.
    @Test(arguments: ["reboot -ff", "reboot -f -f", "poweroff -f --force", "halt --force --force", "reboot -nf"])
    func repeatedForceFlag(_ command: String) {
        expectVerdict(VerdictCase(command, .block, "power.hard-reset"))
    }
}
