# oracle: seed 104, closed, raises RuntimeError at line 25
import torch.nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

lstm_0 = torch.nn.LSTM(3, 2, 2)
out_0, (h_0, c_0) = lstm_0(torch.randn(2, 3, 3))
r_0_0 = out_0.unsqueeze(-1).squeeze(-1)
r_0_1 = torch.stack([h_0[-1], out_0[0]], dim=0)
r_0_2 = len(out_0)
r_0_3 = h_0[-2:]
a_0, b_0 = out_0.chunk(2, dim=0)

rnn_1 = torch.nn.LSTM(7, 6, batch_first=True)
x_1 = torch.randn(2, 3, 7)
lengths_1 = torch.tensor([3, 2])
packed_1 = pack_padded_sequence(x_1, lengths_1, batch_first=True)
packed_out_1, (h_1, c_1) = rnn_1(packed_1)
out_1, out_lengths_1 = pad_packed_sequence(packed_out_1, batch_first=True)

cell_2 = torch.nn.RNNCell(8, 6, bias=False)
xs_2 = torch.randn(4, 4, 8)
h_2 = torch.zeros(4, 6)
outputs_2 = []
for t in range(4):
    h_2 = cell_2(xs_2[t], h_2)
    if t == 0:
        h_2 = torch.zeros(4, 7)
    outputs_2.append(h_2)
seq_2 = torch.stack(outputs_2, dim=0)

embed_3 = torch.nn.Embedding(30, 7)
drop_3 = torch.nn.Dropout()
rnn_3 = torch.nn.LSTM(7, 4, batch_first=True)
tokens_3 = torch.randint(0, 30, (2, 4))
emb_3 = drop_3(embed_3(tokens_3))
out_3, (h_3, c_3) = rnn_3(emb_3)

gru_4 = torch.nn.GRU(6, 7)
x_4 = torch.randn(3, 6)
if x_4.size(-1) == 6:
    out_4, _ = gru_4(x_4)
else:
    out_4, _ = gru_4(torch.randn(2, 2, 7))
