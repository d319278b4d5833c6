# oracle: seed 67, closed, raises RuntimeError at line 34
import torch.nn

rnn_0 = torch.nn.RNN(input_size=8, hidden_size=4, num_layers=2, batch_first=True)
x_0 = torch.zeros([4, 1, 8])
batch_0 = x_0.size()[0]
h0_0 = torch.zeros(2, batch_0, 4)
out_0, hn_0 = rnn_0(x_0, h0_0)
assert out_0.dim() == 3

layer_1 = torch.nn.GRU(input_size=5, hidden_size=4, num_layers=1, dropout=0.0)

rnn_2 = torch.nn.LSTM(7, 6)
x_2 = torch.randn(3, 1, 7)
lengths_2 = torch.tensor([3])
packed_2 = torch.nn.utils.rnn.pack_padded_sequence(x_2, lengths_2)
packed_out_2, (h_2, c_2) = rnn_2(packed_2)
out_2, out_lengths_2 = torch.nn.utils.rnn.pad_packed_sequence(packed_out_2)

class Model_3(torch.nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = torch.nn.RNN(input_size, hidden_size, num_layers, batch_first=False, bidirectional=bidirectional)
        self.fc = torch.nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.shape[1])
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[-1, :, :])

model_3 = Model_3(7, 3, num_layers=2, bidirectional=True)
logits_3 = model_3(torch.ones(1, 1, 9))
probs_3 = logits_3.softmax(dim=-1)
