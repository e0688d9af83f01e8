/// Infrastructure as code and configuration management: Terraform/OpenTofu/Terragrunt,
/// Pulumi, AWS CDK, eksctl, Ansible.
///
/// Planning, validating and showing only read. Applying changes real infrastructure: a critical
/// write (the reviewer sees the plan first); `-auto-approve` does not make it worse, only
/// less visible. Destroying a whole stack (`destroy`, `apply -destroy`, `stack rm`, `cdk
/// destroy`, `eksctl delete cluster`) is blocked. An ad-hoc Ansible shell command on every host
/// needs a human (its text is not analysed).
enum CloudIaC {
    static let terraform = ["terraform", "tofu", "terragrunt"]
    static let tfReadOnly: [[String]] = [
        ["init"], ["plan"], ["validate"], ["fmt"], ["show"], ["output"], ["state", "list"], ["state", "show"], ["graph"], ["version"], ["providers"],
        ["get"], ["workspace", "list"], ["workspace", "show"], ["metadata"], ["modules"], ["help"], ["render-json"], ["hclfmt"], ["output-module-groups"],
        ["graph-dependencies"], ["validate-inputs"], ["run-all", "plan"], ["run-all", "validate"], ["run-all", "init"], ["run-all", "output"],
        ["run-all", "show"], ["run", "plan"], ["run", "validate"], ["info"], ["find"], ["list"],
    ]
    static let tfCritical: [[String]] = [
        ["apply"], ["refresh"], ["import"], ["state", "rm"], ["state", "mv"], ["state", "push"], ["state", "replace-provider"], ["taint"], ["untaint"],
        ["force-unlock"], ["workspace", "delete"], ["test"], ["run-all", "apply"], ["run-all", "refresh"], ["run-all", "import"], ["run", "apply"],
    ]
    static let tfDestroy: [[String]] = [["destroy"], ["run-all", "destroy"], ["run", "destroy"]]

    static let ansibleReadModules = ["ping", "setup", "gather_facts", "debug", "stat", "service_facts", "package_facts", "assert", "wait_for", "find",
                                     "ansible.builtin.ping", "ansible.builtin.setup", "ansible.builtin.gather_facts", "ansible.builtin.debug",
                                     "ansible.builtin.stat", "ansible.builtin.service_facts", "ansible.builtin.package_facts", "ansible.builtin.assert",
                                     "ansible.builtin.wait_for", "ansible.builtin.find", "ansible.windows.win_ping"]
    static let ansibleShellModules = ["shell", "command", "raw", "script", "expect", "win_shell", "win_command", "ansible.builtin.shell",
                                      "ansible.builtin.command", "ansible.builtin.raw", "ansible.builtin.script", "ansible.builtin.expect",
                                      "ansible.windows.win_shell", "ansible.windows.win_command"]
    static let ansibleDryRun: ArgCondition = .option(["--check", "-C", "--syntax-check", "--list-hosts", "--list-tasks", "--list-tags", "--version", "-h", "--help"])

    static let family = CatalogFamily(
        syntaxes: [
            .reviewed(terraform, .cloud, "runs a Terraform command the engine does not classify",
                      valueOptions: ["-var", "-var-file", "-target", "-replace", "-out", "-state", "-state-out", "-backup", "-lock-timeout", "-parallelism",
                                     "-backend-config", "-from-module", "-plugin-dir", "--terragrunt-working-dir", "--terragrunt-config", "--working-dir", "--config"]),
            .reviewed(["pulumi"], .cloud, "runs a Pulumi command the engine does not classify",
                      valueOptions: ["-s", "--stack", "-C", "--cwd", "--config-file", "-m", "--message", "-t", "--target", "--target-replace", "--replace",
                                     "-p", "--parallel", "--color", "--exec-kind", "--secrets-provider", "--policy-pack", "--policy-pack-config", "--logtostderr"]),
            .reviewed(["cdk"], .cloud, "runs an AWS CDK command the engine does not classify",
                      valueOptions: ["--app", "-a", "--context", "-c", "--profile", "--output", "-o", "--require-approval", "--exclusively", "--role-arn", "--parameters"]),
            .reviewed(["eksctl"], .cloud, "runs an eksctl command the engine does not classify",
                      valueOptions: ["--cluster", "-c", "--name", "-n", "--region", "-r", "--profile", "-f", "--config-file", "--nodes", "--nodegroup", "-o", "--output"]),
            .reviewed(["ansible-playbook"], .cloud, "runs a playbook against hosts (it changes whatever its tasks change)",
                      valueOptions: ["-i", "--inventory", "-l", "--limit", "-e", "--extra-vars", "-t", "--tags", "--skip-tags", "-u", "--user", "-f", "--forks",
                                     "--vault-password-file", "--private-key", "--become-user", "--become-method", "-M", "--module-path", "--start-at-task",
                                     "-c", "--connection", "-T", "--timeout"],
                      fallback: .criticalWrite),
            .reviewed(["ansible"], .cloud, "runs an Ansible module on every matching host",
                      valueOptions: ["-m", "--module-name", "-a", "--args", "-i", "--inventory", "-l", "--limit", "-e", "--extra-vars", "-u", "--user", "-f",
                                     "--forks", "--vault-password-file", "--private-key", "--become-user", "--become-method", "-M", "--module-path", "-c",
                                     "--connection", "-T", "--timeout", "-B", "--background", "-P", "--poll", "-t", "--tree", "-o"],
                      fallback: .criticalWrite),
            .readOnly(["ansible-inventory", "ansible-doc", "ansible-config", "ansible-lint"], "shows Ansible inventory, documentation or configuration", category: .cloud,
                      valueOptions: ["-i", "--inventory", "--host", "-t", "--type", "-M", "--module-path", "-c", "--config", "--vault-password-file", "-e", "--extra-vars"]),
            .reviewed(["ansible-galaxy"], .cloud, "installs or removes Ansible roles and collections", valueOptions: ["-p", "--roles-path", "-r", "--role-file", "-s", "--server"], fallback: .safeWrite),
            .reviewed(["ansible-vault"], .cloud, "encrypts or decrypts Ansible vault files", valueOptions: ["--vault-password-file", "--vault-id", "--output", "--new-vault-password-file"], fallback: .safeWrite),
            .reviewed(["ansible-pull", "ansible-console"], .cloud, "runs a playbook fetched from a repository, or an interactive Ansible console"),
        ],
        rules: [
            // Terraform, OpenTofu, Terragrunt
            CatalogRule(
                id: "cloud.terraform.read", commands: terraform, subcommands: tfReadOnly,
                unless: .option(["-migrate-state", "-force-copy", "--migrate-state"]),
                effect: .readOnly, message: "plans, validates or shows infrastructure without changing it",
                examples: ["terraform plan", "terraform init -upgrade", "terraform validate", "terraform fmt -check -recursive", "terraform show -json plan.out",
                           "terraform output", "terraform state list", "terraform -chdir=infra plan -out=tfplan", "tofu plan -destroy", "terragrunt run-all plan"],
                counterexamples: ["terraform apply", "terraform state rm aws_instance.web"]),
            CatalogRule(
                id: "cloud.terraform.version", commands: terraform, when: .all([.positionalCount(0...0), .option(["-version", "--version", "-v", "-help", "--help", "-h"])]),
                effect: .readOnly, message: "prints the version", examples: ["terraform -version", "tofu --version"], counterexamples: ["terraform apply"]),
            CatalogRule(
                id: "cloud.terraform.state-secrets", commands: terraform, subcommands: [["state", "pull"], ["console"]],
                effect: .review, message: "prints the raw state (secrets included) or opens an interactive console",
                examples: ["terraform state pull", "terraform console"], counterexamples: ["terraform state list"]),
            CatalogRule(
                id: "cloud.terraform.workspace", commands: terraform, subcommands: [["workspace", "select"], ["workspace", "new"], ["login"], ["logout"]],
                effect: .safeWrite, message: "switches or creates a workspace, or stores credentials",
                examples: ["terraform workspace select prod", "terraform login app.terraform.io"], counterexamples: ["terraform workspace list"]),
            CatalogRule(
                id: "cloud.terraform.apply", commands: terraform, subcommands: tfCritical,
                effect: .criticalWrite, message: "changes real infrastructure or the state that tracks it",
                examples: ["terraform apply", "terraform apply -auto-approve", "terraform apply tfplan", "tofu apply -target=module.db", "terraform state rm aws_instance.web",
                           "terraform import aws_s3_bucket.b my-bucket", "terraform force-unlock 1234", "terraform workspace delete dev", "terragrunt run-all apply"],
                counterexamples: ["terraform plan"]),
            CatalogRule(
                id: "cloud.terraform.migrate-state", commands: terraform, subcommands: [["init"]], when: .option(["-migrate-state", "-force-copy", "--migrate-state"]),
                effect: .criticalWrite, message: "moves the state to another backend",
                examples: ["terraform init -migrate-state"], counterexamples: ["terraform init"]),
            CatalogRule(
                id: "cloud.terraform.destroy", commands: terraform,
                when: .any([.positional(0, .equals(["destroy"])), .all([.positional(0, .equals(["run-all", "run"])), .positional(1, .equals(["destroy"]))]),
                            .all([.positional(0, .equals(["apply"])), .option(["-destroy", "--destroy"])])]),
                effect: .block, message: "destroys the infrastructure the configuration manages",
                examples: ["terraform destroy", "terraform destroy -auto-approve", "terraform apply -destroy", "tofu destroy -target=aws_db_instance.main", "terragrunt run-all destroy", "sudo terraform -chdir=prod destroy"],
                counterexamples: ["terraform plan -destroy", "terraform apply"]),
            // Pulumi
            CatalogRule(
                id: "cloud.pulumi.read", commands: ["pulumi"],
                subcommands: [["preview"], ["pre"], ["stack", "ls"], ["stack", "output"], ["stack", "history"], ["stack", "export"], ["stack", "graph"], ["stack", "tag", "ls"],
                              ["config", "get"], ["whoami"], ["about"], ["version"], ["logs"], ["plugin", "ls"], ["policy", "ls"], ["org", "get-default"], ["help"],
                              ["stack", "ls"], ["schema", "check"]],
                unless: .option(["--show-secrets", "--file"]),
                effect: .readOnly, message: "previews or shows stacks without changing them",
                examples: ["pulumi preview", "pulumi stack ls", "pulumi stack output --json", "pulumi config get aws:region", "pulumi whoami", "pulumi preview --diff -s prod"],
                counterexamples: ["pulumi up", "pulumi stack output --show-secrets"]),
            CatalogRule(
                id: "cloud.pulumi.status", commands: ["pulumi"],
                when: .any([.all([.positional(0, .equals(["stack", "config"])), .positionalCount(1...1)]), .all([.positionalCount(0...0), .option(["--version", "--help", "-h"])])]),
                unless: .option(["--show-secrets"]),
                effect: .readOnly, message: "shows the current stack or its configuration",
                examples: ["pulumi stack", "pulumi config", "pulumi --version"], counterexamples: ["pulumi stack rm dev"]),
            CatalogRule(
                id: "cloud.pulumi.export-file", commands: ["pulumi"], subcommands: [["stack", "export"]], when: .option(["--file"]),
                effect: .safeWrite, message: "writes the stack's state to a file",
                examples: ["pulumi stack export --file state.json"], counterexamples: ["pulumi stack export"]),
            CatalogRule(
                id: "cloud.pulumi.secrets", commands: ["pulumi"], when: .option(["--show-secrets"]),
                effect: .review, message: "prints secret values in plain text",
                examples: ["pulumi stack output --show-secrets", "pulumi config --show-secrets"], counterexamples: ["pulumi stack output"]),
            CatalogRule(
                id: "cloud.pulumi.select", commands: ["pulumi"], subcommands: [["stack", "select"], ["stack", "init"], ["login"], ["logout"], ["plugin", "install"], ["install"], ["new"]],
                effect: .safeWrite, message: "selects or creates a stack, logs in, or installs plugins",
                examples: ["pulumi stack select prod", "pulumi login s3://state-bucket"], counterexamples: ["pulumi stack ls"]),
            CatalogRule(
                id: "cloud.pulumi.up", commands: ["pulumi"],
                subcommands: [["up"], ["update"], ["refresh"], ["import"], ["config", "set"], ["config", "rm"], ["config", "set-all"], ["config", "rm-all"], ["cancel"],
                              ["state", "delete"], ["state", "unprotect"], ["state", "move"], ["state", "rename"], ["stack", "rename"], ["stack", "import"], ["watch"]],
                effect: .criticalWrite, message: "changes real infrastructure, its configuration or the state that tracks it",
                examples: ["pulumi up", "pulumi up --yes -s prod", "pulumi refresh -y", "pulumi config set replicas 3", "pulumi state delete urn:pulumi:x"],
                counterexamples: ["pulumi preview"]),
            CatalogRule(
                id: "cloud.pulumi.destroy", commands: ["pulumi"], subcommands: [["destroy"], ["down"], ["stack", "rm"]],
                unless: .option(["--preview-only"]),
                effect: .block, message: "destroys every resource in the stack, or removes the stack and its history",
                examples: ["pulumi destroy", "pulumi destroy --yes -s prod", "pulumi stack rm dev --force"], counterexamples: ["pulumi destroy --preview-only", "pulumi preview"]),
            CatalogRule(
                id: "cloud.pulumi.destroy-preview", commands: ["pulumi"], subcommands: [["destroy"], ["down"]], when: .option(["--preview-only"]),
                effect: .readOnly, message: "only previews the destroy", examples: ["pulumi destroy --preview-only"], counterexamples: ["pulumi destroy"]),
            // AWS CDK, eksctl
            CatalogRule(
                id: "cloud.cdk.read", commands: ["cdk"],
                when: .any([.positional(0, .equals(["diff", "synth", "synthesize", "ls", "list", "doctor", "docs", "metadata", "notices", "context", "acknowledge"])),
                            .all([.positionalCount(0...0), .option(["--version", "--help", "-h"])])]),
                effect: .readOnly, message: "synthesises or compares stacks without deploying",
                examples: ["cdk diff", "cdk synth MyStack", "cdk ls"], counterexamples: ["cdk deploy --all"]),
            CatalogRule(
                id: "cloud.cdk.deploy", commands: ["cdk"], when: .positional(0, .equals(["deploy", "bootstrap", "import", "watch", "rollback", "migrate", "gc"])),
                effect: .criticalWrite, message: "deploys stacks to a real account",
                examples: ["cdk deploy --all --require-approval never", "cdk bootstrap aws://1/eu-west-1"], counterexamples: ["cdk diff"]),
            CatalogRule(
                id: "cloud.cdk.destroy", commands: ["cdk"], when: .positional(0, .equals(["destroy"])),
                effect: .block, message: "destroys the stacks and the resources they own",
                examples: ["cdk destroy --all --force", "cdk destroy ProdStack"], counterexamples: ["cdk ls"]),
            CatalogRule(
                id: "cloud.eksctl.read", commands: ["eksctl"], when: .any([.positional(0, .equals(["get", "info", "version", "help", "completion"])), .option(["--dry-run"])]),
                effect: .readOnly, message: "shows EKS clusters and node groups",
                examples: ["eksctl get cluster", "eksctl get nodegroup --cluster prod", "eksctl create cluster -f c.yaml --dry-run"], counterexamples: ["eksctl delete cluster prod"]),
            CatalogRule(
                id: "cloud.eksctl.write", commands: ["eksctl"], when: .positional(0, .equals(["create", "scale", "set", "unset", "enable", "utils", "associate", "anywhere"])),
                unless: .option(["--dry-run"]),
                effect: .safeWrite, message: "creates or scales EKS resources",
                examples: ["eksctl scale nodegroup --cluster prod --name ng-1 --nodes 5", "eksctl create nodegroup --cluster prod"], counterexamples: ["eksctl get cluster"]),
            CatalogRule(
                id: "cloud.eksctl.change", commands: ["eksctl"], when: .positional(0, .equals(["delete", "drain", "upgrade", "update", "deregister", "disassociate"])),
                effect: .criticalWrite, message: "deletes, drains or upgrades EKS node groups, add-ons or access",
                examples: ["eksctl delete nodegroup --cluster prod --name ng-old", "eksctl drain nodegroup --cluster prod --name ng-1", "eksctl upgrade cluster --name prod --approve"],
                counterexamples: ["eksctl get nodegroup"]),
            CatalogRule(
                id: "cloud.eksctl.delete-cluster", commands: ["eksctl"], subcommands: [["delete", "cluster"]],
                effect: .block, message: "deletes a whole EKS cluster with its node groups and workloads",
                examples: ["eksctl delete cluster --name prod", "eksctl delete cluster -f cluster.yaml --wait"], counterexamples: ["eksctl delete nodegroup --cluster prod --name ng-old"]),
            // Ansible
            CatalogRule(
                id: "cloud.ansible-playbook.check", commands: ["ansible-playbook", "ansible"], when: ansibleDryRun,
                effect: .readOnly, message: "only checks, lists or simulates (`--check`, `--syntax-check`, `--list-*`)",
                examples: ["ansible-playbook site.yml --check --diff", "ansible-playbook -C site.yml", "ansible-playbook --syntax-check site.yml", "ansible-playbook site.yml --list-hosts", "ansible all -m shell -a 'rm -rf /tmp/x' --check"],
                counterexamples: ["ansible-playbook site.yml"]),
            CatalogRule(
                id: "cloud.ansible-playbook.run", commands: ["ansible-playbook"], when: .positionalCount(1...Int.max), unless: ansibleDryRun,
                effect: .criticalWrite, message: "runs a playbook against hosts (it changes whatever its tasks change)",
                examples: ["ansible-playbook -i inventory site.yml", "ansible-playbook site.yml --limit web --become"], counterexamples: ["ansible-playbook site.yml --check"]),
            CatalogRule(
                id: "cloud.ansible.read-module", commands: ["ansible"],
                when: .any([.optionValue(["-m", "--module-name"], .equals(ansibleReadModules)), .optionValue(["-m", "--module-name"], .suffix(["_facts", "_info"])), .option(["--list-hosts", "--version"])]),
                effect: .readOnly, message: "runs a module that only gathers facts or checks reachability",
                examples: ["ansible all -m ping", "ansible web -i hosts -m setup -a 'filter=ansible_memory_mb'", "ansible all -m ansible.builtin.service_facts", "ansible db -m stat -a 'path=/etc/hosts'"],
                counterexamples: ["ansible all -m shell -a 'uptime'", "ansible all -m service -a 'name=nginx state=restarted'"]),
            CatalogRule(
                id: "cloud.ansible.shell", commands: ["ansible"],
                when: .any([.optionValue(["-m", "--module-name"], .equals(ansibleShellModules)), .all([.not(.optionValue(["-m", "--module-name"], .any)), .optionValue(["-a", "--args"], .any)])]),
                unless: ansibleDryRun,
                effect: .review, message: "runs a shell command on every matching host (a static command is judged too)",
                examples: ["ansible all -m shell -a 'systemctl restart nginx'", "ansible web -a 'uptime'", "ansible all -b -m raw -a 'reboot'"],
                counterexamples: ["ansible all -m ping"]),
            CatalogRule(
                id: "cloud.ansible.module", commands: ["ansible"], when: .optionValue(["-m", "--module-name"], .not(.equals(ansibleReadModules))),
                unless: .any([ansibleDryRun, .optionValue(["-m", "--module-name"], .suffix(["_facts", "_info"]))]),
                effect: .criticalWrite, message: "runs a module that changes every matching host",
                examples: ["ansible all -m service -a 'name=nginx state=restarted'", "ansible web -b -m apt -a 'name=nginx state=latest'", "ansible all -m file -a 'path=/tmp/x state=absent'"],
                counterexamples: ["ansible all -m ping"]),
            CatalogRule(
                id: "cloud.ansible-galaxy.read", commands: ["ansible-galaxy"], when: .anyPositional(.equals(["list", "info", "search", "init"])),
                effect: .readOnly, message: "lists or shows roles and collections", examples: ["ansible-galaxy collection list"], counterexamples: ["ansible-galaxy install -r requirements.yml"]),
            CatalogRule(
                id: "cloud.ansible-vault.decrypt", commands: ["ansible-vault"], when: .positional(0, .equals(["view", "decrypt"])),
                effect: .review, message: "prints or writes decrypted secrets", examples: ["ansible-vault view secrets.yml", "ansible-vault decrypt group_vars/all/vault.yml"],
                counterexamples: ["ansible-vault encrypt secrets.yml"]),
        ])
}
