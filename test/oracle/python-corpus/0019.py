# oracle: seed 19, open, runs cleanly
import random
import torch
import torch.nn as nn

lstm_0 = nn.LSTM(7, 8)
if random.random() < 0.5:
    out_0, (h_0, c_0) = lstm_0(torch.randn(2, 3, 9))
else:
    out_0, (h_0, c_0) = lstm_0(torch.randn(4, 3, 7))
last_0 = nn.Linear(8, 2)(out_0[-1])
