# placeholder values for the test corpus -- nothing here is real
admin_password = "changeme-not-real"
runner_token   = "changeme-not-real-runner-token"
