from narkomindel.cli.main import main

main()
