# oracle: seed 256, closed, raises RuntimeError at line 41
import torch.nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

kind_0 = "LSTM"
rnn_0 = getattr(torch.nn, kind_0)(4, 6)
out_0 = rnn_0(torch.randn(4, 2, 4))[0]

rnn_1 = torch.nn.LSTM(3, 5)
x_1 = torch.randn(4, 1, 3)
lengths_1 = torch.tensor([4])
packed_1 = pack_padded_sequence(x_1, lengths_1)
packed_out_1, (h_1, c_1) = rnn_1(packed_1)
out_1, out_lengths_1 = pad_packed_sequence(packed_out_1)

def build_2():
    class nn:
        @staticmethod
        def GRU(*args, **kwargs):
            return lambda x, h=None: (x, h)
    return nn.GRU(7, 5)

fake_2 = build_2()
y_2, _ = fake_2(torch.randn(2, 3, 12), torch.zeros(9, 9))

class Model_3(torch.nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = torch.nn.GRU(input_size, hidden_size, num_layers, batch_first=False, bidirectional=bidirectional, dropout=0.2 if num_layers > 1 else 0)
        self.fc = torch.nn.Linear(hidden_size, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.shape[1])
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[-1, :, :])

device_3 = torch.device("cpu")
model_3 = Model_3(6, 7, 2, bidirectional=True).to(device_3)
model_3.eval()
with torch.no_grad():
    logits_3 = model_3(torch.rand((2, 4, 6)).to(device_3))
