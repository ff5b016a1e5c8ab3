#!/usr/bin/env bash
set -euo pipefail
kubectl apply -k apps/tasks
# kubectl -n tasks scale deployment/todo-app --replicas=0   # expect: commented-out-block "5 commented-out lines"
# kubectl -n tasks wait --for=delete pod -l app=todo-app
# kubectl -n tasks delete pvc tasks-data
# kubectl -n tasks apply -f restore-job.yaml
# kubectl -n tasks scale deployment/todo-app --replicas=1
kubectl -n tasks rollout status deployment/todo-app
