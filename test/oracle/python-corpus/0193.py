# oracle: seed 193, closed, runs cleanly
import torch
import torch.nn as nn
from torch.nn import LSTM

rnn_0 = LSTM(input_size=8, hidden_size=5)
x_0 = torch.randn(1, 8)
hx_0 = (torch.zeros(1, 5), torch.zeros(1, 5))
out_0, _ = rnn_0(x_0, hx_0)
