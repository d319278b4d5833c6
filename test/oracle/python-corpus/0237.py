# oracle: seed 237, open, raises RuntimeError at line 11
import random
import torch
from torch.nn import LSTM, Linear

lstm_0 = LSTM(7, 4)
if random.random() < 0.5:
    out_0, (h_0, c_0) = lstm_0(torch.randn(2, 3, 7))
else:
    out_0, (h_0, c_0) = lstm_0(torch.randn(4, 3, 7))
last_0 = Linear(3, 2)(out_0[-1])
