# oracle: seed 262, closed, raises RuntimeError at line 24
import torch
from torch.nn import Dropout, Embedding, GRU, LSTM, Linear, RNN

lstm_0 = LSTM(3, 2, 2)
out_0, (h_0, c_0) = lstm_0(torch.randn(3, 3, 3))
r_0_0 = torch.cat((out_0, out_0[:, :, :1]), dim=-1)
r_0_1 = out_0[..., :1]
r_0_2 = out_0.flatten(0, 1)
a_0, b_0 = out_0.chunk(2, dim=0)

layer_1 = LSTM(3, 2, num_layers=2, dropout=0.2)
y_1, _ = layer_1(torch.randn(3, 2, 3))

embed_2 = Embedding(13, 4)
drop_2 = Dropout(0.1)
rnn_2 = GRU(4, 8, batch_first=True)
tokens_2 = torch.tensor([[1, 2, 3], [4, 5, 12]])
emb_2 = drop_2(embed_2(tokens_2))
out_2, h_2 = rnn_2(emb_2)

rnn_3 = RNN(2, 6, 1, True, True)
x_3 = torch.zeros(3, 6, 1)
out_3, h_3 = rnn_3(x_3)
fc_3 = Linear(6, 2)
logits_3 = fc_3(out_3[:, -1, :])

gru_4 = GRU(5, 8)
x_4 = torch.randn(4, 3, 5)
if x_4.size(-1) == 5:
    out_4, _ = gru_4(x_4)
else:
    out_4, _ = gru_4(torch.randn(2, 2, 6))
