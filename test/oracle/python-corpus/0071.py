# oracle: seed 71, closed, runs cleanly
import torch
import torch.nn as nn
from torch.nn import LSTM

rnn_0 = LSTM(3, 5)
x_0 = torch.randn(5, 3)
out_0, _ = rnn_0(x_0)
y_0 = out_0[-1].view(5)
