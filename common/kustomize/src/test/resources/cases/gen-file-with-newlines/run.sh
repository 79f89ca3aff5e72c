#!/bin/sh
echo "a: b"
	exit 0
