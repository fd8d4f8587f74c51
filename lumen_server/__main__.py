from lumen_server.cli import main

main()
