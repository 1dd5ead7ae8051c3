#!/bin/sh
# Upload the nightly build to the old SFTP server.
sftp -o PubkeyAcceptedKeyTypes=ssh-rsa -b batch.txt deploy@legacy.example.com
