# oracle: seed 28, closed, runs cleanly
import torch

embed_0 = torch.nn.Embedding(25, 4, padding_idx=0)
drop_0 = torch.nn.Dropout()
rnn_0 = torch.nn.GRU(4, 3, batch_first=True)
tokens_0 = torch.tensor([[1, 2, 3], [4, 5, 24]])
emb_0 = drop_0(embed_0(tokens_0))
out_0, h_0 = rnn_0(emb_0)

y_1 = torch.randn(1, 2, 2)
stack_1 = torch.nn.ModuleDict({"enc": torch.nn.RNN(2, 3)})
y_1, _ = stack_1["enc"](y_1)
z_1 = torch.nn.Linear(3, 3)(y_1)

rnn_2 = torch.nn.LSTM(3, 6)
x_2 = torch.randn(3, 2, 3)
lengths_2 = [3, 2]
packed_2 = torch.nn.utils.rnn.pack_padded_sequence(x_2, lengths_2, enforce_sorted=False)
packed_out_2, (h_2, c_2) = rnn_2(packed_2)
out_2, out_lengths_2 = torch.nn.utils.rnn.pad_packed_sequence(packed_out_2)

y_3 = torch.randn(2, 1, 6)
layers_3 = [torch.nn.GRU(6, 2), torch.nn.GRU(2, 4), torch.nn.GRU(4, 6)]
for i in range(len(layers_3)):
    y_3 = layers_3[i](y_3)[0]
z_3 = torch.nn.Linear(6, 3)(y_3)

cell_4 = torch.nn.GRUCell(input_size=4, hidden_size=6)
h_4 = torch.zeros(6)
t_4 = 0
while t_4 < 4:
    h_4 = cell_4(torch.randn(4), h_4)
    t_4 += 1
