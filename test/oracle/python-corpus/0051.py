# oracle: seed 51, open, raises RuntimeError at line 8
import random
import torch
import torch.nn as nn

lstm_0 = nn.LSTM(2, 3)
if random.random() < 0.5:
    out_0, (h_0, c_0) = lstm_0(torch.randn(2, 3, 3))
else:
    out_0, (h_0, c_0) = lstm_0(torch.randn(4, 3, 4))
last_0 = nn.Linear(3, 2)(out_0[-1])
