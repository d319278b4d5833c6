# oracle: seed 6, closed, runs cleanly
import torch
from torch.nn import RNN

rnn_0 = RNN(2, 6, dropout=0.1)
x_0 = torch.randn(2, 2)
out_0, _ = rnn_0(x_0)
y_0 = out_0[-1].view(6)
