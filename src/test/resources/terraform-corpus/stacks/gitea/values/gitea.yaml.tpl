gitea:
  admin:
    username: gitea-admin
    email: admin@${domain}
  config:
    server:
      DOMAIN: git.${domain}
      ROOT_URL: https://git.${domain}/
      SSH_DOMAIN: git.${domain}
      SSH_PORT: 22
    database:
      DB_TYPE: postgres
      HOST: postgres.databases.svc:5432
      NAME: gitea
      USER: gitea
    actions:
      ENABLED: ${actions_enabled}
persistence:
  enabled: true
  existingClaim: ${claim}
postgresql:
  enabled: false
postgresql-ha:
  enabled: false
redis-cluster:
  enabled: false
