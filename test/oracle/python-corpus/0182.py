# oracle: seed 182, closed, runs cleanly
import torch.nn

lstm_0 = torch.nn.LSTM(3, 2, 1)
out_0, (h_0, c_0) = lstm_0(torch.randn(3, 4, 3))
r_0_0 = out_0.unsqueeze(-1).squeeze(0)
r_0_1 = torch.cat((out_0, out_0), dim=0)
r_0_2 = torch.cat((out_0, out_0), dim=0)
r_0_3 = h_0[-1]
a_0, b_0 = out_0.chunk(2, dim=0)
