# oracle: seed 152, open, runs cleanly
import random
import torch

lstm_0 = torch.nn.LSTM(3, 5)
if random.random() < 0.5:
    out_0, (h_0, c_0) = lstm_0(torch.randn(2, 3, 3))
else:
    out_0, (h_0, c_0) = lstm_0(torch.randn(4, 3, 3))
last_0 = torch.nn.Linear(5, 2)(out_0[-1])
