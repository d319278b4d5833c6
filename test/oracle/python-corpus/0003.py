# oracle: seed 3, open, raises RuntimeError at line 12
import random
import torch
import torch.nn as nn
from torch.nn import LSTM

lstm_0 = LSTM(2, 7)
if random.random() < 0.5:
    out_0, (h_0, c_0) = lstm_0(torch.randn(2, 3, 2))
else:
    out_0, (h_0, c_0) = lstm_0(torch.randn(4, 3, 2))
last_0 = nn.Linear(8, 2)(out_0[-1])
