# oracle: seed 210, closed, raises RuntimeError at line 6
import torch.nn

rnn_0 = torch.nn.GRU(2, 7, batch_first=True, dropout=0.1)
x_0 = torch.randn([4, 5, 4])
out_0, h_0 = rnn_0(x_0)
n_0 = out_0.size(-1) * out_0.dim()
