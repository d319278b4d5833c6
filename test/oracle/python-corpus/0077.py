# oracle: seed 77, closed, runs cleanly
import torch

lstm_0 = torch.nn.LSTM(3, 6, 2)
out_0, (h_0, c_0) = lstm_0(torch.randn(3, 2, 3))
r_0_0 = out_0.size()
r_0_1 = h_0[-1].unsqueeze(0).expand(3, -1, -1)
