# oracle: seed 105, closed, runs cleanly
import torch
import torch.nn as nn

kind_0 = "GRU"
rnn_0 = getattr(nn, kind_0)(6, 5)
out_0 = rnn_0(torch.randn(4, 2, 6))[0]
