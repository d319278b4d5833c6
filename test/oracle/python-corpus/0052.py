# oracle: seed 52, open, raises RuntimeError at line 10
import random
import torch
from torch import nn

lstm_0 = nn.LSTM(7, 5)
if random.random() < 0.5:
    out_0, (h_0, c_0) = lstm_0(torch.randn(2, 3, 7))
else:
    out_0, (h_0, c_0) = lstm_0(torch.randn(4, 3, 8))
last_0 = nn.Linear(5, 2)(out_0[-1])
